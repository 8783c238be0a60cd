package io.genx3d.chat;

import io.genx3d.chat.language.Command;
import io.genx3d.chat.language.Item;
import io.genx3d.chat.language.Parser;
import io.genx3d.chat.language.Tokenizer;
import io.genx3d.chat.language.Vocabulary;
import io.genx3d.chat.scene.Context;
import io.genx3d.chat.scene.Editor;
import io.genx3d.chat.scene.Outcome;
import io.genx3d.chat.scene.Suggested;
import io.genx3d.models.Colours;
import io.genx3d.models.Part;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chat's interpreter: a message is tokenised and parsed into typed {@link Command}s ({@code chat.language}), and
 * each is carried out on the model in turn by the pure {@link Editor} ({@code chat.scene}), "it" meaning what the
 * command before was about. A message the typed grammar cannot read is handed to the older rewriting interpreter
 * ({@link CommandInterpreter}), which still knows some phrasings the grammar has not been taught; new phrasings are
 * taught to the grammar (a table row or a rule), never to the old one.
 */
@ApplicationScoped
public class TypedInterpreter implements ChatInterpreter {

    /** How the older interpreter's replies to a message it could not read begin; ours replaces them whole. */
    private static final String NOT_UNDERSTOOD = "Sorry, I did not understand";

    private final ChatLimits limits;
    private final Parser parser;
    private final Editor editor;
    private final ChatInterpreter older;

    /** With the shipped limits: for tests and tools that make their own. */
    public TypedInterpreter() {
        this(ChatLimits.DEFAULTS);
    }

    @Inject
    public TypedInterpreter(ChatLimits limits) {
        this(limits, new CommandInterpreter(limits));
    }

    /** With {@code older} as what reads the messages the typed grammar cannot (for measuring the grammar alone). */
    TypedInterpreter(ChatLimits limits, ChatInterpreter older) {
        this.limits = limits;
        Vocabulary vocabulary = Vocabulary.of(Colours.names(), LibraryShapes.objectWords(), LibraryShapes.pieceWords());
        this.parser = new Parser(new Tokenizer(vocabulary));
        this.editor = new Editor(new LibraryShapes(), limits.maxArrangementChecks());
        this.older = older;
    }

    @Override
    public Interpretation interpret(String message, List<Part> scene) {
        return interpret(message, scene, null);
    }

    @Override
    public Interpretation interpret(String message, List<Part> scene, String focus) {
        limits.checkLength(message);
        Parser.Read read = parser.read(message);
        limits.checkClauses(read.clauseCount());
        Optional<List<Command>> commands = read.commands();
        if (commands.isEmpty()) {
            Interpretation fallback = older.interpret(message, scene, focus);
            return fallback.understood() ? fallback : withSuggestions(fallback, read, scene);
        }
        Interpretation typed = carryOut(commands.get(), scene, focus);
        if (!typed.understood()) {
            Interpretation fallback = older.interpret(message, scene, focus);
            return fallback.understood() ? fallback : withSuggestions(typed, read, scene);
        }
        return typed;
    }

    /**
     * A message nobody could read gets up to three sentences that would work on this model, each checked by reading
     * it here (so no offer is itself misunderstood), in the reply and as a list a client can show as buttons.
     */
    private Interpretation withSuggestions(Interpretation failed, Parser.Read message, List<Part> scene) {
        Parser.Gist gist = message.gist();
        List<String> offered = new ArrayList<>();
        for (String candidate : Suggested.candidates(gist.intent(), gist.thing(), scene)) {
            if (offered.size() == 3) {
                break;
            }
            Optional<List<Command>> read = parser.parse(candidate);
            if (read.isPresent() && carryOut(read.get(), scene, null).understood()) {
                offered.add(candidate);
            }
        }
        if (offered.isEmpty()) {
            return failed;
        }
        String didYouMean = "Did you mean " + quotedChoices(offered) + "?";
        String reply = failed.reply().startsWith(NOT_UNDERSTOOD)
                ? NOT_UNDERSTOOD + " \"" + message.message().strip() + "\". " + didYouMean
                        + " Type \"help\" to see what I understand."
                : failed.reply() + " " + didYouMean;
        return failed.withSuggestions(reply, offered);
    }

    /** "a", "b" or "c". */
    private static String quotedChoices(List<String> choices) {
        List<String> quoted =
                choices.stream().map(choice -> "\"" + choice + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    /** Whether the typed grammar reads the message itself, without the older interpreter (for measuring that share). */
    boolean readsByItself(String message) {
        return parser.parse(message).isPresent();
    }

    private Interpretation carryOut(List<Command> commands, List<Part> scene, String focus) {
        Context context = new Context(scene, focus);
        List<String> replies = new ArrayList<>();
        List<ChatAction> actions = new ArrayList<>();
        boolean changed = false;
        boolean readsModel = false;
        String name = null;
        Command previous = null;
        for (Command command : commands) {
            if (command instanceof Command.Remove remove
                    && previous instanceof Command.Remove
                    && remove.target().pointer() == io.genx3d.chat.language.Referent.Pointer.IT
                    && remove.target().thing() == null) {
                continue; // "I don't like the sphere, remove it": the sphere, already gone
            }
            previous = command;
            if (command instanceof Command.Chat && commands.size() > 1) {
                continue; // "thanks! now paint it red": the politeness needs no answer of its own
            }
            Optional<Interpretation> special = special(command, context.scene());
            if (special.isPresent()) {
                if (commands.stream()
                        .filter(other -> !(other instanceof Command.Chat))
                        .allMatch(other -> other.getClass() == command.getClass())) {
                    return special.get(); // "whoops, go back": one undo said twice
                }
                return Interpretation.notUnderstood(
                        "One thing at a time, please: \"undo\", \"start over\" and naming the model are said on their own.");
            }
            Outcome outcome = editor.apply(command, context);
            if (!outcome.understood()) {
                return Interpretation.notUnderstood(outcome.reply());
            }
            if (!outcome.reply().isEmpty()) {
                replies.add(outcome.reply());
            }
            if (outcome.scene() == null && !outcome.steps().isEmpty()) {
                context = new Context(context.scene(), outcome.steps().get(0).part());
            }
            readsModel |= outcome.readsModel();
            outcome.steps().forEach(step -> actions.add(new ChatAction(step.type(), step.part())));
            if (outcome.scene() != null) {
                changed = true;
                String about = outcome.steps().isEmpty()
                        ? null
                        : outcome.steps().get(outcome.steps().size() - 1).part();
                context = new Context(outcome.scene(), about == null ? context.focus() : about);
            }
            if (command instanceof Command.Add add && name == null) {
                name = modelName(add);
            }
        }
        if (readsModel && !changed) {
            return Interpretation.description(String.join(" ", replies));
        }
        return new Interpretation(true, String.join(" ", replies), changed ? context.scene() : null, actions, name);
    }

    /** Commands that are about the conversation or the model as a whole rather than its parts. */
    private static Optional<Interpretation> special(Command command, List<Part> scene) {
        if (command instanceof Command.Undo) {
            return Optional.of(Interpretation.undoLastChange());
        }
        if (command instanceof Command.Help) {
            return Optional.of(Interpretation.answer(CommandInterpreter.HELP));
        }
        if (command instanceof Command.NewModel) {
            return Optional.of(Interpretation.newModel("New model"));
        }
        if (command instanceof Command.Rename rename) {
            return Optional.of(Interpretation.renameModel(rename.name()));
        }
        if (command instanceof Command.Chat chat) {
            return Optional.of(
                    Interpretation.answer(
                            chat.kind().equals("thanks")
                                    ? "You're welcome! What shall we build next?"
                                    : "Hello! Tell me what to build: \"add a red cube\", \"a table with four chairs around it\"."));
        }
        if (command instanceof Command.Clear) {
            return Optional.of(new Interpretation(
                    true,
                    scene.isEmpty() ? "The model is already empty." : "Cleared the model: it has no parts now.",
                    List.of(),
                    List.of(new ChatAction("clear", null)),
                    null));
        }
        return Optional.empty();
    }

    /** A new model made by this message is named after what it made: "Table and 4 chairs". */
    private static String modelName(Command.Add add) {
        List<String> said = new ArrayList<>();
        for (Item item : add.items()) {
            said.add(
                    item.count() == 1
                            ? item.thing().word()
                            : item.count() + " " + item.thing().word() + "s");
        }
        return Words.capitalised(String.join(" and ", said));
    }
}
