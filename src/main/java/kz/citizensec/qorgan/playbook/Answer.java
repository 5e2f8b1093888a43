package kz.citizensec.qorgan.playbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A checked answer to one question; one variant per kind of value. */
public sealed interface Answer {

    /** The option ids this answer stands for, as conditions see it ("yes"/"no" for yes/no). */
    default Set<String> choiceIds() {
        return Set.of();
    }

    record YesNo(boolean value) implements Answer {
        public static final String YES = "yes";
        public static final String NO = "no";

        @Override
        public Set<String> choiceIds() {
            return Set.of(value ? YES : NO);
        }
    }

    record Choice(String id) implements Answer {
        @Override
        public Set<String> choiceIds() {
            return Set.of(id);
        }
    }

    /** Options of a multiple choice, in the order the guide lists them. */
    record Choices(Set<String> ids) implements Answer {
        public Choices {
            ids = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        }

        @Override
        public Set<String> choiceIds() {
            return ids;
        }
    }

    record Date(LocalDate value) implements Answer {}

    /** An amount in tenge, always positive. */
    record Money(BigDecimal value) implements Answer {}

    /** Text, long text, a normalised IIN or a normalised phone number. */
    record Text(String value) implements Answer {}

    record TextList(List<String> values) implements Answer {
        public TextList {
            values = List.copyOf(values);
        }
    }

    /** The items of a repeated group, each a map from field id to its answer. */
    record Group(List<Map<String, Answer>> items) implements Answer {
        public Group {
            items = items.stream()
                    .map(item -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(item)))
                    .toList();
        }
    }
}
