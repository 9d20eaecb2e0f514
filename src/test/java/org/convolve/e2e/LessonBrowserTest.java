package org.convolve.e2e;

import static org.convolve.e2e.LessonAnswers.EXAMPLE;
import static org.convolve.e2e.LessonAnswers.KERNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingPair;
import org.convolve.testing.AxeReport;
import org.convolve.testing.AxeScan;
import org.convolve.testing.BrowserSupport;
import org.convolve.testing.PageWait;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.Interaction;
import org.openqa.selenium.interactions.Pause;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Learners work through the lesson in headless Chromium: by keyboard alone, by mouse, by dragging, on a phone. */
class LessonBrowserTest {
    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    private static final MatchingActivity MATCHING =
            (MatchingActivity) LessonAnswers.LESSON.activity("match-terms").orElseThrow();
    private static final int[][] VERTICAL = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};

    private TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.onH2();
    }

    @AfterEach
    void stop() {
        browsers.quitAll();
        app.close();
    }

    private void launchAs(WebDriver browser, String userId) {
        browser.get(app.url("/sandbox").toString());
        browser.findElement(By.id("launch-" + userId)).click();
        PageWait.untilUrlMatches(browser, "/s/[^/]+/lesson$");
        waitFor(browser, By.cssSelector(".match-board"));
    }

    private static WebElement waitFor(WebDriver browser, By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static void waitForXp(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("xp-text"), text));
    }

    /** Waits until the answer came back and focus moved to its feedback. */
    private static void waitForFeedback(WebDriver browser, String feedbackId) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> "focus is on #"
                        + browser.switchTo().activeElement().getAttribute("id") + "; form messages: "
                        + browser.findElements(By.cssSelector(".form-status, .field-error")).stream()
                                .map(WebElement::getText).filter(text -> !text.isEmpty()).toList())
                // The answered part is replaced while focus moves, so a focused element may go stale mid-check.
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> feedbackId.equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    private static WebElement termChip(WebDriver browser, String term) {
        return browser.findElements(By.cssSelector(".term-chip")).stream()
                .filter(chip -> chip.findElement(By.cssSelector(".chip-term")).getText().equals(term))
                .findFirst().orElseThrow();
    }

    private static WebElement definitionSlot(WebDriver browser, String definition) {
        return browser.findElements(By.cssSelector(".def-slot")).stream()
                .filter(slot -> slot.findElement(By.cssSelector(".def-text")).getText().equals(definition))
                .findFirst().orElseThrow();
    }

    private static By field(String name) {
        return By.id("design-filter-" + name);
    }

    @Test
    void aKeyboardOnlyLearnerCompletesTheWholeLessonAndEarnsTwentyXp() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        KeyboardOnly keys = new KeyboardOnly(browser);

        // Matching: Tab to a term, Enter to pick it, Tab to its definition, Enter to place it.
        for (MatchingPair pair : MATCHING.pairs()) {
            keys.tabTo(termChip(browser, pair.term()));
            keys.press(Keys.ENTER);
            keys.tabTo(definitionSlot(browser, pair.definition()));
            keys.press(Keys.ENTER);
        }
        keys.tabTo(By.cssSelector("#match-terms-pairs button[type=submit]"));
        keys.press(Keys.ENTER);
        waitForFeedback(browser, "match-terms-pairs-feedback");
        waitForXp(browser, "5 of 20 XP");

        // Questions: Tab into the radio group, arrow keys to the answer, Space to choose it, Enter on the button.
        for (String question : List.of("weight-sharing-question", "night-infrared-question")) {
            String right = LessonAnswers.correctOption(question);
            WebElement first = browser.findElements(By.cssSelector("#" + question + " input[type=radio]")).get(0);
            keys.tabTo(first);
            keys.arrowTo(browser.findElement(By.id(question + "-option-" + right)), Keys.ARROW_DOWN, 4);
            keys.press(Keys.SPACE);
            keys.tabTo(By.cssSelector("#" + question + " button[type=submit]"));
            keys.press(Keys.ENTER);
            waitForFeedback(browser, question + "-choice-feedback");
        }
        waitForXp(browser, "9 of 20 XP");

        // The grid: type the image and the hand-worked map, cell after cell with Tab.
        int[][] map = LessonAnswers.featureMap(EXAMPLE, KERNEL);
        keys.tabTo(field("image-0-0"));
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                keys.press(String.valueOf(EXAMPLE[r][c]), Keys.TAB);
            }
        }
        keys.tabTo(field("cell-0-0"));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                keys.press(String.valueOf(map[r][c]), Keys.TAB);
            }
        }
        keys.tabTo(By.cssSelector("#design-filter-map form.map-form button[type=submit]"));
        keys.press(Keys.ENTER);
        waitForFeedback(browser, "design-filter-map-feedback");
        waitForXp(browser, "14 of 20 XP");

        // Reading: arrow keys through the radio grid, arrow keys in the two selects.
        keys.tabTo(waitFor(browser, field("positive-0-0")));
        keys.press(Keys.SPACE);
        keys.tabTo(field("negative-0-0"));
        keys.arrowTo(browser.findElement(field("negative-2-0")), Keys.ARROW_RIGHT, 8);
        keys.press(Keys.SPACE);
        keys.tabTo(field("positive-meaning"));
        keys.press(Keys.ARROW_DOWN);
        keys.tabTo(field("negative-meaning"));
        keys.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        keys.tabTo(By.cssSelector("#design-filter-reading button[type=submit]"));
        keys.press(Keys.ENTER);
        waitForFeedback(browser, "design-filter-reading-feedback");
        waitForXp(browser, "16 of 20 XP");

        // Filter.
        keys.tabTo(field("filter-0-0"));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                keys.press(String.valueOf(VERTICAL[r][c]), Keys.TAB);
            }
        }
        keys.tabTo(By.cssSelector("#design-filter-filter button[type=submit]"));
        keys.press(Keys.ENTER);
        waitForFeedback(browser, "design-filter-filter-feedback");

        waitForXp(browser, "20 of 20 XP · 4 of 4 activities answered");
        assertEquals("20", browser.findElement(By.id("xp-progress")).getAttribute("value"));
    }

    @Test
    void aKeyboardLearnerIsToldWhichDefinitionATermWentToInWords() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        KeyboardOnly keys = new KeyboardOnly(browser);
        MatchingPair pair = MATCHING.pairs().get(0);
        String firstWords = String.join(" ", List.of(pair.definition().split("\\s+")).subList(0, 3));

        keys.tabTo(termChip(browser, pair.term()));
        keys.press(Keys.ENTER);
        keys.tabTo(definitionSlot(browser, pair.definition()));
        keys.press(Keys.ENTER);

        String said = browser.findElement(By.cssSelector(".board-status")).getText();
        assertTrue(said.startsWith(pair.term() + " matched with definition ") && said.contains(firstWords), said);
        String chipName = termChip(browser, pair.term()).getAttribute("textContent");
        assertTrue(chipName.contains(firstWords), "the term's own name carries the definition: " + chipName);
    }

    @Test
    void focusStaysOnTheButtonWhenAnAnswerCannotBeSent() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        String question = "weight-sharing-question";
        // A form whose token the server refuses (403), as after a session mix-up, stands for any refusal.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#" + question
                + " input[name=csrf]').value = 'not-the-token';");
        browser.findElement(By.id(question + "-option-" + LessonAnswers.correctOption(question))).click();
        WebElement send = browser.findElement(By.cssSelector("#" + question + " button[type=submit]"));
        send.sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#" + question + " .form-status.error"), "."));
        assertEquals(send, browser.switchTo().activeElement(), "focus is where the learner can try again");
        assertEquals(null, send.getAttribute("aria-disabled"));
    }

    @Test
    void aMouseLearnerWithSomeWrongAnswersEarnsExactlyThePartialXp() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-2");

        // Matching by clicking a term then a definition: three right, two swapped.
        List<MatchingPair> pairs = MATCHING.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            MatchingPair given = i < 3 ? pairs.get(i) : pairs.get(i == 3 ? 4 : 3);
            termChip(browser, pairs.get(i).term()).click();
            definitionSlot(browser, given.definition()).click();
        }
        browser.findElement(By.cssSelector("#match-terms-pairs button[type=submit]")).click();
        waitForXp(browser, "3 of 20 XP");

        // One question wrong, one right.
        browser.findElement(By.cssSelector("label[for=weight-sharing-question-option-pooling-discards]")).click();
        browser.findElement(By.cssSelector("#weight-sharing-question button[type=submit]")).click();
        waitForFeedback(browser, "weight-sharing-question-choice-feedback");
        browser.findElement(By.cssSelector("label[for=night-infrared-question-option-domain-shift]")).click();
        browser.findElement(By.cssSelector("#night-infrared-question button[type=submit]")).click();
        waitForXp(browser, "5 of 20 XP");

        // The grid: top-left right, the next cell wrong, the rest left blank: 1 XP.
        int[][] map = LessonAnswers.featureMap(EXAMPLE, KERNEL);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                browser.findElement(field("image-" + r + "-" + c)).sendKeys(String.valueOf(EXAMPLE[r][c]));
            }
        }
        browser.findElement(field("cell-0-0")).sendKeys(String.valueOf(map[0][0]));
        browser.findElement(field("cell-0-1")).sendKeys(String.valueOf(map[0][1] - 3));
        browser.findElement(By.cssSelector("#design-filter-map form.map-form button[type=submit]")).click();
        waitForXp(browser, "6 of 20 XP");
        assertTrue(browser.findElement(By.id("design-filter-map-feedback")).getText()
                .contains("Row 1, column 2: you wrote 19, the sum is 22"));

        // Reading: both cells right, one meaning right: 1.5 XP.
        waitFor(browser, By.cssSelector("label[for=design-filter-positive-0-0]")).click();
        browser.findElement(By.cssSelector("label[for=design-filter-negative-2-2]")).click();
        new Select(browser.findElement(field("positive-meaning"))).selectByValue("rises-downward");
        new Select(browser.findElement(field("negative-meaning"))).selectByValue("flat-area");
        browser.findElement(By.cssSelector("#design-filter-reading button[type=submit]")).click();
        waitForXp(browser, "7.5 of 20 XP");

        // A diagonal filter answers horizontal edges as well as vertical ones: flat areas (1) and vertical edges (2).
        int[][] diagonal = {{-2, -1, 0}, {-1, 0, 1}, {0, 1, 2}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                browser.findElement(field("filter-" + r + "-" + c)).sendKeys(String.valueOf(diagonal[r][c]));
            }
        }
        browser.findElement(By.cssSelector("#design-filter-filter button[type=submit]")).click();
        waitForXp(browser, "10.5 of 20 XP · 4 of 4 activities answered");
        assertEquals("5.5 of 11 XP", browser.findElement(By.id("design-filter-xp")).getText());
    }

    @Test
    void aTermCanBeDraggedOntoItsDefinitionWithTheMouse() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");

        for (MatchingPair pair : MATCHING.pairs()) {
            new Actions(browser).dragAndDrop(termChip(browser, pair.term()), definitionSlot(browser, pair.definition()))
                    .perform();
        }
        for (MatchingPair pair : MATCHING.pairs()) {
            assertEquals("Matched: " + pair.term(),
                    definitionSlot(browser, pair.definition()).findElement(By.cssSelector(".def-placed")).getText());
        }
        browser.findElement(By.cssSelector("#match-terms-pairs button[type=submit]")).click();

        waitForXp(browser, "5 of 20 XP");
    }

    @Test
    void aNewLaunchRestoresEveryAnswerAndTheXp() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        termChip(browser, MATCHING.pairs().get(0).term()).click();
        definitionSlot(browser, MATCHING.pairs().get(0).definition()).click();
        browser.findElement(By.cssSelector("#match-terms-pairs button[type=submit]")).click();
        waitForXp(browser, "1 of 20 XP");
        browser.findElement(By.cssSelector("label[for=weight-sharing-question-option-reused-everywhere]")).click();
        browser.findElement(By.cssSelector("#weight-sharing-question button[type=submit]")).click();
        waitForXp(browser, "3 of 20 XP");
        for (int c = 0; c < 3; c++) {
            browser.findElement(field("filter-" + c + "-0")).sendKeys("-1");
            browser.findElement(field("filter-" + c + "-1")).sendKeys("0");
            browser.findElement(field("filter-" + c + "-2")).sendKeys("1");
        }
        browser.findElement(By.cssSelector("#design-filter-filter button[type=submit]")).click();
        waitForXp(browser, "7 of 20 XP");

        launchAs(browser, "sandbox-learner-1");

        assertTrue(browser.findElement(By.id("xp-text")).getText().startsWith("7 of 20 XP"));
        assertEquals("Matched: " + MATCHING.pairs().get(0).term(), definitionSlot(browser,
                MATCHING.pairs().get(0).definition()).findElement(By.cssSelector(".def-placed")).getText());
        assertTrue(browser.findElement(By.id("weight-sharing-question-option-reused-everywhere")).isSelected());
        assertEquals("-1", browser.findElement(field("filter-2-0")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("design-filter-filter-feedback")).getText().contains("4 of 4 XP"));
    }

    @Test
    void aLetterInTheImageIsMarkedBesideItsCellWithoutLosingWhatWasTyped() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        browser.findElement(field("filter-0-0")).sendKeys("4");
        browser.findElement(field("image-0-0")).sendKeys("q");
        browser.findElement(field("image-0-1")).sendKeys("7");
        browser.findElement(By.cssSelector("#design-filter-map form.map-form button[type=submit]")).click();

        WebElement invalid = new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement focused = driver.switchTo().activeElement();
            return "design-filter-image-0-0".equals(focused.getAttribute("id")) ? focused : null;
        });
        assertEquals("true", invalid.getAttribute("aria-invalid"));
        assertEquals("Image, row 1, column 1: 'q' is not a digit from 0 to 9.",
                browser.findElement(By.id("design-filter-image-0-0-error")).getText());
        assertEquals("7", browser.findElement(field("image-0-1")).getAttribute("value"));
        assertEquals("4", browser.findElement(field("filter-0-0")).getAttribute("value"),
                "what was typed in another step stays too");
    }

    @Test
    void anAnswerRefusedBecauseAnotherTabAnsweredFirstKeepsWhatWasTypedAndGoesThroughWhenSentAgain() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        String first = browser.getWindowHandle();
        int[][] map = LessonAnswers.featureMap(EXAMPLE, KERNEL);
        typeGrid(browser, "image", EXAMPLE);
        typeGrid(browser, "cell", map);

        String lesson = browser.getCurrentUrl();
        browser.switchTo().newWindow(WindowType.TAB).get(lesson);
        String image = browser.findElement(field("image-0-0")).getAttribute("value");
        browser.findElement(By.cssSelector("#design-filter-map form.random-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(
                driver -> !image.equals(driver.findElement(field("image-0-0")).getAttribute("value")));

        browser.switchTo().window(first);
        browser.findElement(By.cssSelector("#design-filter-map form.map-form button[type=submit]")).click();
        assertOutOfDate(browser, "#design-filter-map form.map-form");
        assertEquals(String.valueOf(EXAMPLE[2][1]), browser.findElement(field("image-2-1")).getAttribute("value"),
                "the image typed in this tab, not the other tab's random one");
        assertEquals(String.valueOf(map[1][1]), browser.findElement(field("cell-1-1")).getAttribute("value"));
        WebElement send = browser.findElement(By.cssSelector("#design-filter-map form.map-form button[type=submit]"));
        assertEquals(send, browser.switchTo().activeElement(), "the learner can send again at once");

        send.sendKeys(Keys.ENTER);
        waitForFeedback(browser, "design-filter-map-feedback");
        waitForXp(browser, "5 of 20 XP");
    }

    @Test
    void aReadingSentAfterAnotherTabChangedTheImageBringsTheNewMapInstead() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        String first = browser.getWindowHandle();
        checkRightMapByHand(browser, EXAMPLE);

        String lesson = browser.getCurrentUrl();
        browser.switchTo().newWindow(WindowType.TAB).get(lesson);
        String second = browser.getWindowHandle();
        browser.switchTo().window(first);
        checkRightMapByHand(browser, LessonAnswers.FLIPPED);

        // The second tab still shows the first image's map and reads it.
        browser.switchTo().window(second);
        browser.findElement(By.cssSelector("label[for=design-filter-positive-0-0]")).click();
        browser.findElement(By.cssSelector("label[for=design-filter-negative-2-0]")).click();
        new Select(browser.findElement(field("positive-meaning"))).selectByValue("rises-downward");
        new Select(browser.findElement(field("negative-meaning"))).selectByValue("falls-downward");
        browser.findElement(By.cssSelector("#design-filter-reading button[type=submit]")).click();

        assertOutOfDate(browser, "#design-filter-reading");
        assertEquals(String.valueOf(LessonAnswers.FLIPPED[0][0]),
                browser.findElement(field("image-0-0")).getAttribute("value"),
                "steps 1-4 now show the image the other tab saved");
        assertEquals("5 of 20 XP · 0 of 4 activities answered", browser.findElement(By.id("xp-text")).getText(),
                "nothing was graded against the map this tab no longer had");
    }

    private static void checkRightMapByHand(WebDriver browser, int[][] image) {
        typeGrid(browser, "image", image);
        typeGrid(browser, "cell", LessonAnswers.featureMap(image, KERNEL));
        browser.findElement(By.cssSelector("#design-filter-map form.map-form button[type=submit]")).click();
        waitForFeedback(browser, "design-filter-map-feedback");
    }

    /** Waits for the form's message after a 409 and the page's catching up. */
    private static void assertOutOfDate(WebDriver browser, String form) {
        WebElement status = new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(form + " .form-status.error")));
        assertTrue(status.getText().startsWith("This part was answered in another tab or window"), status.getText());
    }

    private static void typeGrid(WebDriver browser, String name, int[][] values) {
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                WebElement cell = browser.findElement(field(name + "-" + r + "-" + c));
                cell.clear();
                cell.sendKeys(String.valueOf(values[r][c]));
            }
        }
    }

    @Test
    void theLessonHasNoWcagViolationsBeforeAndAfterAnsweringOnDesktopAndPhone() {
        // Each browser is its own learner, so the second starts from an untouched lesson too.
        for (Map.Entry<String, WebDriver> run : List.of(Map.entry("sandbox-learner-1", browsers.desktop()),
                Map.entry("sandbox-learner-2", browsers.phone()))) {
            WebDriver browser = run.getValue();
            launchAs(browser, run.getKey());
            AxeReport before = AxeScan.wcag21aa(browser);
            assertTrue(before.isClean(), before.describe());

            answerSomeWrongAndSomeBadInput(browser);
            AxeReport after = AxeScan.wcag21aa(browser);
            assertTrue(after.isClean(), after.describe());
        }
    }

    @Test
    void theAnsweredLessonFitsA320PixelPhoneWithoutSidewaysScrolling() {
        WebDriver phone = browsers.phone();
        launchAs(phone, "sandbox-learner-2");
        answerSomeWrongAndSomeBadInput(phone);

        long scrollWidth = (Long) ((JavascriptExecutor) phone).executeScript(
                "return document.documentElement.scrollWidth");
        long viewport = (Long) ((JavascriptExecutor) phone).executeScript("return window.innerWidth");
        assertTrue(scrollWidth <= viewport, "page is " + scrollWidth + " px wide on a " + viewport + " px screen");
    }

    @Test
    void theLessonAnsweringTheLaunchTakesItsOwnAddressSoAReloadOpensItAgain() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");

        browser.navigate().refresh();

        waitFor(browser, By.cssSelector(".match-board"));
        assertTrue(browser.getCurrentUrl().matches(".*/s/[^/]+/lesson$"), browser.getCurrentUrl());
        assertEquals("Convolutional Networks for Vision", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void withoutScriptsTheLaunchStillEndsAtTheLessonsOwnAddressSoAReloadOpensItAgain() {
        WebDriver browser = browsers.desktop(options -> options.setExperimentalOption("prefs",
                Map.of("profile.managed_default_content_settings.javascript", 2)));
        browser.get(app.url("/sandbox").toString());
        browser.findElement(By.id("launch-sandbox-learner-1")).click();
        // Without scripts each auto-posting page of the launch waits for its Continue button.
        for (int step = 0; step < 6 && browser.findElements(By.cssSelector("article.lesson")).isEmpty(); step++) {
            List<WebElement> continueLinks = browser.findElements(By.linkText("Continue to the lesson"));
            WebElement next = continueLinks.isEmpty()
                    ? browser.findElement(By.cssSelector("button[type=submit]")) : continueLinks.get(0);
            next.click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(next));
        }

        PageWait.untilUrlMatches(browser, "/s/[^/]+/lesson$");
        browser.navigate().refresh();

        assertTrue(browser.getCurrentUrl().matches(".*/s/[^/]+/lesson$"), browser.getCurrentUrl());
        assertEquals("Convolutional Networks for Vision", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void onAPhoneTheBoardsAnswerToATapStaysInSightAndCoversNoFocusedDefinition() {
        WebDriver phone = browsers.phone();
        launchAs(phone, "sandbox-learner-2");
        WebElement firstChip = phone.findElement(By.cssSelector(".term-chip"));
        String term = firstChip.findElement(By.cssSelector(".chip-term")).getText();

        tap(phone, firstChip);

        WebElement status = phone.findElement(By.cssSelector(".board-status"));
        WebElement xpBar = phone.findElement(By.id("xp-bar"));
        assertEquals(term + " picked. Now choose its definition.", status.getText());
        assertTrue(onScreenClearOf(phone, status, xpBar), "the status line is off the screen or under the XP bar");

        KeyboardOnly keys = new KeyboardOnly(phone);
        for (WebElement slot : phone.findElements(By.cssSelector(".def-slot"))) {
            keys.tabTo(slot);
            assertTrue(onScreenClearOf(phone, slot, status), "a focused definition is under the status line: "
                    + slot.getText());
        }
    }

    @Test
    void onAPhoneATapOnTheStatusLineReachesTheDefinitionUnderIt() {
        WebDriver phone = browsers.phone();
        launchAs(phone, "sandbox-learner-2");
        // The first definition, as the status line can only lie across one that has more board below it.
        WebElement slot = phone.findElement(By.cssSelector(".def-slot"));
        String definition = slot.findElement(By.cssSelector(".def-text")).getText();
        MatchingPair pair = MATCHING.pairs().stream().filter(p -> p.definition().equals(definition))
                .findFirst().orElseThrow();
        tap(phone, termChip(phone, pair.term()));
        WebElement status = phone.findElement(By.cssSelector(".board-status"));
        // Scrolled so that the status line lies across the middle of the definition.
        ((JavascriptExecutor) phone).executeScript("var slot = arguments[0].getBoundingClientRect();"
                + "var line = arguments[1].getBoundingClientRect();"
                + "window.scrollBy(0, slot.top + slot.height / 2 - (line.top + line.height / 2));", slot, status);

        @SuppressWarnings("unchecked")
        List<Number> middle = (List<Number>) ((JavascriptExecutor) phone).executeScript(
                "var line = arguments[0].getBoundingClientRect();"
                        + "return [line.left + line.width / 2, line.top + line.height / 2];", status);
        new Actions(phone).moveToLocation(middle.get(0).intValue(), middle.get(1).intValue()).click().perform();

        assertEquals("Matched: " + pair.term(), slot.findElement(By.cssSelector(".def-placed")).getText());
    }

    @Test
    void onAPhoneASwipeThatStartsOnATermScrollsThePageAndPicksNothing() {
        WebDriver phone = browsers.phone();
        launchAs(phone, "sandbox-learner-2");
        WebElement chip = phone.findElements(By.cssSelector(".term-chip")).get(2);
        List<Integer> at = centreOnScreen(phone, chip);
        long before = scrollY(phone);

        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        touch(phone, finger, List.of(
                finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), at.get(0), at.get(1)),
                finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()),
                finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.viewport(), at.get(0), at.get(1) - 200),
                finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg())));

        assertTrue(scrollY(phone) > before + 100, "the page scrolled from " + before + " to " + scrollY(phone));
        assertEquals("false", chip.getAttribute("aria-pressed"), "a swipe is not a tap");
    }

    @Test
    void onAPhoneATermHeldAtTheBottomOfTheScreenScrollsThePageToTheDefinitionsBelow() {
        WebDriver phone = browsers.phone();
        launchAs(phone, "sandbox-learner-2");
        List<Integer> at = centreOnScreen(phone, phone.findElements(By.cssSelector(".term-chip")).get(0));
        long before = scrollY(phone);
        int bottom = innerHeight(phone) - 8;
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");

        // Pulled sideways first: a finger moving up or down over a term scrolls the page instead.
        touch(phone, finger, List.of(
                finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), at.get(0), at.get(1)),
                finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()),
                finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.viewport(), at.get(0) + 40, at.get(1)),
                finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.viewport(), at.get(0) + 40, bottom),
                new Pause(finger, Duration.ofMillis(700)),
                finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg())));

        assertTrue(scrollY(phone) > before + 100, "the page scrolled from " + before + " to " + scrollY(phone));
    }

    @Test
    void onAPhoneATermPulledSidewaysCanBeDraggedDownOntoADefinition() {
        WebDriver phone = browsers.phone();
        launchAs(phone, "sandbox-learner-2");
        // The last term, so that the definitions start just below it.
        List<WebElement> chips = phone.findElements(By.cssSelector(".term-chip"));
        WebElement chip = chips.get(chips.size() - 1);
        String term = chip.findElement(By.cssSelector(".chip-term")).getText();
        List<Integer> at = centreOnScreen(phone, chip);
        WebElement slot = phone.findElements(By.cssSelector(".def-slot")).stream()
                .filter(s -> top(phone, s) > at.get(1) && top(phone, s) < innerHeight(phone) - 150).findFirst()
                .orElseThrow(() -> new AssertionError("no definition on screen below the term"));
        int y = (int) top(phone, slot) + 10;
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");

        touch(phone, finger, List.of(
                finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), at.get(0), at.get(1)),
                finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()),
                finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.viewport(), at.get(0) + 40, at.get(1)),
                finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.viewport(), at.get(0), y),
                finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg())));

        assertEquals("Matched: " + term, slot.findElement(By.cssSelector(".def-placed")).getText());
    }

    private static double top(WebDriver browser, WebElement element) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().top;", element)).doubleValue();
    }

    private static int innerHeight(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;")).intValue();
    }

    private static List<Integer> centreOnScreen(WebDriver browser, WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> centre = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});"
                        + "var box = arguments[0].getBoundingClientRect();"
                        + "return [box.left + box.width / 2, box.top + box.height / 2];", element);
        return centre.stream().map(Number::intValue).toList();
    }

    private static long scrollY(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.scrollY;")).longValue();
    }

    /**
     * Moves of one finger, sent as one gesture: ChromeDriver sent nothing for a finger left down
     * at the end of an earlier one.
     */
    private static void touch(WebDriver browser, PointerInput finger, List<Interaction> moves) {
        Sequence gesture = new Sequence(finger, 0);
        moves.forEach(gesture::addAction);
        ((RemoteWebDriver) browser).perform(List.of(gesture));
    }

    /**
     * Scrolls the element to the middle of the screen first, as a learner does: on a phone the
     * board's status line covers the bottom of the screen, where WebDriver would otherwise click.
     */
    private static void tap(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Whether the element is wholly on the screen and clear of the other element's box. */
    private static boolean onScreenClearOf(WebDriver browser, WebElement element, WebElement other) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var box = arguments[0].getBoundingClientRect(), away = arguments[1].getBoundingClientRect();"
                        + "return box.top >= 0 && box.bottom <= window.innerHeight"
                        + "  && (box.bottom <= away.top || box.top >= away.bottom);", element, other);
    }

    /** Leaves feedback, worked products, probe heatmaps and an invalid field on the page. */
    private static void answerSomeWrongAndSomeBadInput(WebDriver browser) {
        tap(browser, termChip(browser, MATCHING.pairs().get(0).term()));
        tap(browser, definitionSlot(browser, MATCHING.pairs().get(1).definition()));
        browser.findElement(By.cssSelector("#match-terms-pairs button[type=submit]")).click();
        waitForFeedback(browser, "match-terms-pairs-feedback");
        browser.findElement(By.cssSelector("label[for=weight-sharing-question-option-reused-everywhere]")).click();
        browser.findElement(By.cssSelector("#weight-sharing-question button[type=submit]")).click();
        waitForFeedback(browser, "weight-sharing-question-choice-feedback");
        WebElement before = browser.findElement(By.id("design-filter-map"));
        browser.findElement(By.cssSelector("#design-filter-map form.random-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
        browser.findElement(field("cell-0-0")).sendKeys("99");
        browser.findElement(field("cell-1-1")).sendKeys("-99");
        browser.findElement(By.cssSelector("#design-filter-map form.map-form button[type=submit]")).click();
        waitForFeedback(browser, "design-filter-map-feedback");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                browser.findElement(field("filter-" + r + "-" + c)).sendKeys(String.valueOf(c - 1 + r));
            }
        }
        browser.findElement(By.cssSelector("#design-filter-filter button[type=submit]")).click();
        waitForFeedback(browser, "design-filter-filter-feedback");
        WebElement cell = browser.findElement(field("filter-1-1"));
        cell.clear();
        cell.sendKeys("x");
        browser.findElement(By.cssSelector("#design-filter-filter button[type=submit]")).click();
        waitFor(browser, By.id("design-filter-filter-1-1-error"));
    }
}
