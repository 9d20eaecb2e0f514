package org.convolve.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NameOrderTest {
    private record Person(String name, String id) {
    }

    private static List<String> sortedNames(Person... people) {
        List<Person> list = new ArrayList<>(List.of(people));
        list.sort(NameOrder.byName(Person::name, Person::id));
        return list.stream().map(p -> p.name() + "/" + p.id()).toList();
    }

    @Test
    void accentedLettersSortBesideTheirPlainOnesAndCaseIsIgnored() {
        assertEquals(List.of("adam/1", "Eli/2", "élodie/3", "Émile/4", "Zoe/5"),
                sortedNames(new Person("Zoe", "5"), new Person("élodie", "3"), new Person("Eli", "2"),
                        new Person("adam", "1"), new Person("Émile", "4")));
    }

    @Test
    void peopleOfTheSameNameKeepTheOrderOfTheirUserIds() {
        assertEquals(List.of("Sam Lee/a-1", "Sam Lee/b-2"),
                sortedNames(new Person("Sam Lee", "b-2"), new Person("Sam Lee", "a-1")));
    }

    @Test
    void anUmlautSortsAsItsBaseLetter() {
        Function<String, String> same = Function.identity();
        List<String> names = new ArrayList<>(List.of("Ödön", "Oskar", "Otto"));
        names.sort(NameOrder.byName(same, same));
        assertEquals(List.of("Ödön", "Oskar", "Otto"), names);
    }
}
