package org.convolve.web;

/** The model of the page shown for every refusal: what went wrong and what the person can do. */
public record ErrorPage(int status, String title, String message, String hint) {
}
