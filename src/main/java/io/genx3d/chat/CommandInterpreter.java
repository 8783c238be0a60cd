package io.genx3d.chat;

import io.genx3d.models.Part;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in interpreter of plain English modelling commands: it tries each kind of sentence in turn (help,
 * describe, add, edit) and, when none fits, replies with what it did not understand and how to say it. A message it
 * cannot use is an answer, not an error; only a message over the limits ({@link ChatLimits}) is refused, before any of
 * it is read, so that no message costs more than a few clauses' reading.
 */
@ApplicationScoped
@Typed(CommandInterpreter.class)
public class CommandInterpreter implements ChatInterpreter {

    static final String HELP = "Tell me what to build, the way you'd say it: \"Create a cube\", \"I'd like a big red "
            + "ball\", \"add a box and put a sphere on it\", \"a row of 5 cubes\", \"build a snowman\" (or a table, "
            + "chair, house, tree, car, rocket, robot, castle, …), \"make it a bit taller\", \"move the ball up\", "
            + "\"paint everything blue\", \"remove all the spheres\", \"make 3 copies of it\", \"put everything in a "
            + "row\", \"call it House\", \"undo\", \"how many parts "
            + "are there?\". Shapes: cube, sphere, cylinder, cone, torus, plane, pyramid, capsule.";
    private static final ModelCommand MODEL = new ModelCommand();

    private final ChatLimits limits;
    private final List<ChatCommand> commands;

    /** With the shipped limits ({@link ChatLimits#DEFAULTS}): for tests and tools that make their own. */
    public CommandInterpreter() {
        this(ChatLimits.DEFAULTS);
    }

    @Inject
    public CommandInterpreter(ChatLimits limits) {
        this.limits = limits;
        this.commands = List.of(
                new DescribeCommand(),
                new QuestionCommand(),
                new QuantifiedCommand(),
                new ArrangeCommand(limits.maxArrangementChecks()),
                new BlueprintCommand(),
                new PieceCommand(),
                new GroupCommand(),
                new AddCommand(),
                new ResizeCommand(),
                new CopiesCommand(),
                new LikenessCommand(),
                new TowardsCommand(),
                new EditCommands());
    }

    @Override
    public Interpretation interpret(String message, List<Part> scene) {
        return interpret(message, scene, null);
    }

    /**
     * {@code focus}: the part (or group) the conversation was last about, which "it" means. A message over a limit
     * ({@link ChatLimits}) is refused with {@link ChatLimitExceeded} before any of it is read.
     */
    @Override
    public Interpretation interpret(String message, List<Part> scene, String focus) {
        limits.checkLength(message);
        String normalised = Words.normalise(message);
        limits.checkClauses(Clauses.count(normalised));
        Optional<Interpretation> aboutTheModel = MODEL.interpret(message, Lexicon.canonical(normalised));
        if (aboutTheModel.isPresent()) {
            return aboutTheModel.get();
        }
        Targets.FOCUS.set(focus);
        try {
            return clauses(message, normalised, scene);
        } finally {
            Targets.FOCUS.remove();
        }
    }

    private Interpretation clauses(String message, String normalised, List<Part> scene) {
        List<String> clauses = Clauses.of(normalised);
        if (clauses.size() == 1) {
            return clause(clauses.get(0), message, scene);
        }
        // Several things in one message: each clause acts on the scene the one before left.
        List<Part> current = scene;
        List<String> replies = new ArrayList<>();
        List<ChatAction> actions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean changed = false;
        for (String text : clauses) {
            Interpretation step = clause(text, message, current);
            if (!step.understood() || step.undo()) {
                return step.understood() ? step : Interpretation.notUnderstood(step.reply());
            }
            replies.add(step.reply());
            actions.addAll(step.actions());
            if (step.suggestedModelName() != null) {
                names.add(step.suggestedModelName());
            }
            if (step.scene() != null) {
                current = step.scene();
                changed = true;
                // Within one message "it" is what the clause before was about: "add a box and put a ball on it".
                Targets.FOCUS.set(step.focus(current));
            }
        }
        // "a table and four chairs" is named "Table and 4 chairs": every thing the message made, as it said them.
        String modelName = names.isEmpty()
                ? null
                : Words.capitalised(String.join(
                        " and ",
                        names.stream()
                                .map(name -> name.toLowerCase(java.util.Locale.ROOT))
                                .toList()));
        return new Interpretation(true, String.join(" ", replies), changed ? current : null, actions, modelName);
    }

    private Interpretation clause(String text, String message, List<Part> scene) {
        if (text.equals("help") || text.equals("?") || text.startsWith("what can you")) {
            return Interpretation.answer(HELP);
        }
        if (text.matches("^(?:undo|undo that|undo the last change|go back|revert)$")) {
            return Interpretation.undoLastChange();
        }
        if (text.equals("clear")) {
            return new Interpretation(
                    true,
                    scene.isEmpty() ? "The model is already empty." : "Cleared the model: it has no parts now.",
                    List.of(),
                    List.of(new ChatAction("clear", null)),
                    null);
        }
        for (ChatCommand command : commands) {
            Optional<Interpretation> understood = command.interpret(text, scene);
            if (understood.isPresent()) {
                return understood.get();
            }
        }
        return Interpretation.notUnderstood(Suggestions.forMessage(message, text, scene));
    }
}
