package io.genx3d.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.genx3d.chat.ChatInterpreter;
import io.genx3d.chat.Interpretation;
import io.genx3d.chat.TypedInterpreter;
import io.genx3d.chat.objects.ObjectLibrary;
import io.genx3d.models.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which way of reading a noun the tables lack maps it to the shape people expect (issue 27), on a held-out set of 100
 * everyday nouns written without reading the vocabulary ({@code src/test/resources/chat/nouns/held-out-nouns.txt}):
 *
 * <ul>
 *   <li><b>tables</b>: what the chat does, "add a NOUN" through {@link TypedInterpreter} (a curated synonym table,
 *       spelling, the object library); the shape is the biggest part's.
 *   <li><b>embedding → shape names</b>: the noun's nearest of the eight shape names by cosine similarity of
 *       all-MiniLM-L6-v2 (quantised, in-process, langchain4j) sentence embeddings.
 *   <li><b>embedding → descriptions</b>: its nearest of eight one-line descriptions of the shapes.
 *   <li><b>embedding → table words</b>: the shape of its nearest word among every word the tables know.
 *   <li><b>tables, then embedding → table words</b>: the tables, and the nearest table word for a noun they lack.
 * </ul>
 *
 * Prints counts only (never which nouns missed: the set must not be tuned on). Run with {@code mvn -B -Pbench
 * test-compile exec:java@noun-meaning-benchmark}.
 */
public final class NounMeaningBenchmark {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "cube", "a cube: a box or block with six flat square faces and sharp corners",
            "sphere", "a sphere: a perfectly round ball",
            "cylinder", "a cylinder: a round tube or can with a flat circle at each end",
            "cone", "a cone: a round base narrowing to a single point at the top",
            "torus", "a torus: a ring or doughnut shape with a hole in the middle",
            "plane", "a plane: a thin flat sheet or surface",
            "pyramid", "a pyramid: a square base with four triangular sides meeting at a point",
            "capsule", "a capsule: a long rounded pill shape, a cylinder with round ends");

    private record Noun(String word, String shape) {}

    private NounMeaningBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Noun> nouns = nouns(Path.of("src/test/resources/chat/nouns/held-out-nouns.txt"));
        ChatInterpreter chat = new TypedInterpreter();

        long loading = System.nanoTime();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("warm");
        double loadMs = (System.nanoTime() - loading) / 1e6;

        Map<String, Embedding> names = new LinkedHashMap<>();
        Map<String, Embedding> descriptions = new LinkedHashMap<>();
        DESCRIPTIONS.forEach((shape, text) -> {
            names.put(shape, model.embed(shape).content());
            descriptions.put(shape, model.embed(text).content());
        });
        Map<String, String> tableWordShapes = new LinkedHashMap<>();
        for (String word : tableWords()) {
            shapeMade(chat, word).ifPresent(shape -> tableWordShapes.put(word, shape));
        }
        Map<String, Embedding> tableWords = new LinkedHashMap<>();
        tableWordShapes.keySet().forEach(word -> tableWords.put(word, model.embed(word).content()));

        int tables = 0;
        int tablesKnow = 0;
        int byNames = 0;
        int byDescriptions = 0;
        int byTableWords = 0;
        int combined = 0;
        int unknownToTables = 0;
        int unknownByTableWords = 0;
        long embedding = 0;
        for (Noun noun : nouns) {
            Optional<String> table = shapeMade(chat, noun.word);
            long start = System.nanoTime();
            Embedding said = model.embed(noun.word).content();
            embedding += System.nanoTime() - start;
            String nearestName = nearest(said, names, Function.identity());
            String nearestDescription = nearest(said, descriptions, Function.identity());
            String nearestWord = nearest(said, tableWords, tableWordShapes::get);
            tables += table.filter(noun.shape::equals).isPresent() ? 1 : 0;
            tablesKnow += table.isPresent() ? 1 : 0;
            byNames += nearestName.equals(noun.shape) ? 1 : 0;
            byDescriptions += nearestDescription.equals(noun.shape) ? 1 : 0;
            byTableWords += nearestWord.equals(noun.shape) ? 1 : 0;
            combined += table.orElse(nearestWord).equals(noun.shape) ? 1 : 0;
            if (table.isEmpty()) {
                unknownToTables++;
                unknownByTableWords += nearestWord.equals(noun.shape) ? 1 : 0;
            }
        }
        int n = nouns.size();
        System.out.printf(
                Locale.ROOT,
                "NounMeaningBenchmark: %d held-out nouns; all-MiniLM-L6-v2 (quantised) loaded in %.0f ms, %.2f ms a"
                        + " noun; %d table words embedded%n",
                n,
                loadMs,
                embedding / 1e6 / n,
                tableWords.size());
        row("tables (what the chat does)", tables, n);
        System.out.printf(Locale.ROOT, "%-44s %3d of %3d%n", "  of which the tables know at all", tablesKnow, n);
        row("embedding → nearest shape name", byNames, n);
        row("embedding → nearest description", byDescriptions, n);
        row("embedding → nearest table word", byTableWords, n);
        row("tables, then embedding → nearest table word", combined, n);
        System.out.printf(
                Locale.ROOT,
                "%-44s %3d of %3d%n",
                "  nouns the tables lack, right by table word",
                unknownByTableWords,
                unknownToTables);
    }

    private static void row(String method, int right, int of) {
        System.out.printf(Locale.ROOT, "%-44s %3d of %3d (%.0f %%)%n", method, right, of, 100.0 * right / of);
    }

    /** The shape "add a WORD" makes: its only part's, or its biggest part's for an object of several. */
    private static Optional<String> shapeMade(ChatInterpreter chat, String word) {
        Interpretation made = chat.interpret("add a " + word, List.of());
        if (!made.understood() || made.scene() == null || made.scene().isEmpty()) {
            return Optional.empty();
        }
        return made.scene().stream()
                .max(Comparator.comparingDouble(NounMeaningBenchmark::volume))
                .map(Part::primitive);
    }

    private static double volume(Part part) {
        double volume = 1;
        for (int axis = 0; axis < 3; axis++) {
            volume *= part.size().get(axis) * part.scale().get(axis);
        }
        return volume;
    }

    private static <T> String nearest(Embedding said, Map<String, Embedding> among, Function<String, String> shapeOf) {
        String best = null;
        double bestSimilarity = -2;
        for (Map.Entry<String, Embedding> entry : among.entrySet()) {
            double similarity = CosineSimilarity.between(said, entry.getValue());
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = entry.getKey();
            }
        }
        return shapeOf.apply(best);
    }

    /** Every word of the shape table and every object's name. */
    private static List<String> tableWords() throws IOException {
        List<String> words = new ArrayList<>();
        try (InputStream in = NounMeaningBenchmark.class.getResourceAsStream("/chat/vocabulary/shapes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    for (String word : line.substring(colon + 1).split(",")) {
                        if (!word.isBlank() && !words.contains(word.strip())) {
                            words.add(word.strip());
                        }
                    }
                }
            }
        }
        words.addAll(ObjectLibrary.standard().names());
        return words;
    }

    private static List<Noun> nouns(Path file) throws IOException {
        List<Noun> nouns = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            int colon = line.lastIndexOf(':');
            if (!line.startsWith("#") && colon > 0) {
                nouns.add(new Noun(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        return nouns;
    }
}
