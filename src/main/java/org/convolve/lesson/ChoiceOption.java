package org.convolve.lesson;

/** One answer of a multiple-choice question, with why it is right or why it is tempting but wrong. */
public record ChoiceOption(String id, String text, boolean correct, String explanation) {
}
