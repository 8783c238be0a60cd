package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genx3d.chat.language.Command;
import io.genx3d.chat.language.Parser;
import io.genx3d.chat.language.Tokenizer;
import io.genx3d.chat.language.Vocabulary;
import io.genx3d.models.Colours;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every seen corpus message is read as — its commands, written out slot by slot — is kept in
 * {@code src/test/resources/chat/readings.txt}. A new grammar rule or table row must show that nothing else moved: this
 * test fails naming every message whose reading changed, old and new, so the change is reviewed sentence by sentence.
 * When each change is meant, write the file again with {@code mvn test -Dtest=ReadingsTest -Dreadings.write=true} and
 * commit it with the rule. (The held-out part that must stay unseen is left out.)
 */
class ReadingsTest {

    private static final Path READINGS = Path.of("src/test/resources/chat/readings.txt");
    private static final Set<String> UNSEEN = Set.of("held-out-i.txt");

    @Test
    void everyCorpusMessageIsReadAsBefore() throws IOException {
        Map<String, String> now = readAll();
        if (Boolean.getBoolean("readings.write")) {
            Files.write(
                    READINGS,
                    now.entrySet().stream()
                            .map(e -> e.getKey() + "\t" + e.getValue())
                            .toList());
        }
        Map<String, String> before = new TreeMap<>();
        for (String line : Files.readAllLines(READINGS)) {
            int tab = line.indexOf('\t');
            before.put(line.substring(0, tab), line.substring(tab + 1));
        }
        List<String> moved = new ArrayList<>();
        Set<String> messages = new HashSet<>(before.keySet());
        messages.addAll(now.keySet());
        for (String message : sorted(messages)) {
            String was = before.get(message);
            String is = now.get(message);
            if (!String.valueOf(was).equals(String.valueOf(is))) {
                moved.add(message + "\n    was: " + was + "\n    now: " + is);
            }
        }
        assertTrue(
                moved.isEmpty(),
                moved.size() + " message(s) are read differently (if meant, rerun with -Dreadings.write=true):\n"
                        + String.join("\n", moved.subList(0, Math.min(40, moved.size()))));
    }

    private static List<String> sorted(Set<String> messages) {
        return messages.stream().sorted().toList();
    }

    private static Map<String, String> readAll() throws IOException {
        // The same tables the server's interpreter reads with.
        Parser parser = new Parser(
                new Tokenizer(Vocabulary.of(Colours.names(), LibraryShapes.objectWords(), LibraryShapes.pieceWords())));
        Map<String, String> readings = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/chat"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                if (UNSEEN.contains(file.getFileName().toString()) || file.equals(READINGS)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    int said = line.indexOf(">>");
                    int then = line.lastIndexOf("=>");
                    if (line.startsWith("#") || said < 0 || then < said) {
                        continue;
                    }
                    String message = line.substring(said + 2, then).strip();
                    Optional<List<Command>> commands = parser.parse(message);
                    readings.put(
                            message.replace('\t', ' '),
                            commands.map(ReadingsTest::written).orElse("(not read)"));
                }
            }
        }
        return readings;
    }

    /** A command as text: each record's components by name, arrays and nested records written out, nulls left out. */
    static String written(List<Command> commands) {
        return commands.stream().map(ReadingsTest::written).collect(Collectors.joining(" ; "));
    }

    private static String written(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof double[] numbers) {
            return Arrays.toString(numbers);
        }
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(ReadingsTest::written).toList().toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadingsTest::written).toList().toString();
        }
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).toString();
        }
        if (value instanceof Record record) {
            List<String> slots = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object slot = component.getAccessor().invoke(record);
                    boolean unsaid = slot == null
                            || slot instanceof Map<?, ?> m && m.isEmpty()
                            || slot instanceof Boolean b && !b;
                    if (!unsaid) {
                        slots.add(component.getName() + "=" + written(slot));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return record.getClass().getSimpleName() + "{" + String.join(", ", slots) + "}";
        }
        return value.toString();
    }
}
