package org.convolve.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LessonCatalogTest {
    @Test
    void looks_lessons_up_by_id() {
        LessonCatalog catalog = LessonCatalog.of(List.of(lesson("a"), lesson("b")));
        assertEquals("b", catalog.get("b").id());
        assertTrue(catalog.find("c").isEmpty());
        assertThrows(NoSuchElementException.class, () -> catalog.get("c"));
    }

    @Test
    void keeps_the_order_lessons_were_loaded_in() {
        LessonCatalog catalog = LessonCatalog.of(List.of(lesson("z"), lesson("a")));
        assertEquals(List.of("z", "a"), catalog.all().stream().map(Lesson::id).toList());
    }

    @Test
    void refuses_two_lessons_with_one_id() {
        var e = assertThrows(IllegalArgumentException.class, () -> LessonCatalog.of(List.of(lesson("a"), lesson("a"))));
        assertEquals("two lessons share the id 'a'", e.getMessage());
    }

    private static Lesson lesson(String id) {
        return new Lesson(id, "Title", "Subject", 5, 0, List.of(), List.of());
    }
}
