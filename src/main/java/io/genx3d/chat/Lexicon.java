package io.genx3d.chat;

import io.genx3d.models.Colours;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Meets people where they write: turns everyday wording into the few words the commands read. Phrases first ("I'd
 * like", "give me", "get rid of", "start over", "oops"), then each word: a common name of a shape becomes its
 * primitive ("ball" → "sphere", "bricks" → "cubes"), a number word up to twenty becomes digits, and a word of five
 * letters or more that is one typo away from exactly one known word becomes that word. Deterministic and offline:
 * tables and edit distance, nothing learned.
 */
final class Lexicon {

    /** Phrase rewrites, in order; each is a regular expression over the normalised message. */
    private static final Map<Pattern, String> PHRASES = new LinkedHashMap<>();

    static {
        phrase("^(?:oops|whoops|oh no|damn|argh|ugh|sorry) (undo|go back|undo that|undo it|take that back)$", "undo");
        phrase(
                "^(?:(?:hey there|hi there|hello there|hey|hi|hello|ok|okay|so|now|then|and|alright|right|well|um|hmm|yo|hiya|cool|great|nice"
                        + "|perfect|good|awesome|first|firstly|first of all|to start|to begin|next|after that|finally|lastly|no|nope|nah"
                        + "|actually|oh|ah|wait|hmm no)(?: |$))+",
                "");
        phrase(
                "^what (?:can|could|should) (?:i|we) (?:build|make|do|create|say|try)(?: here| with this| with you)?$",
                "help");
        phrase("^(?:let's |lets |i'll |can i |let me )?try (?=(?:a|an|\\d+|some|two|three|four|five) )", "add ");
        phrase("^(?:stand|set|sit|rest|perch) (?=(?:a|an|\\d+|two|three|four|five) )", "put ");
        // "that's too big", "the sphere is too big": a feeling about it, or about a part, says what to change.
        String tooMuchOf = " (?:a bit |a little |way |much |far )?too (?:";
        for (String[] tooMuch : new String[][] {
            {"big|large|huge", "smaller"},
            {"small|tiny|little", "bigger"},
            {"tall|high", "shorter"},
            {"short|low", "taller"},
            {"wide|fat", "narrower"},
            {"narrow|thin|skinny", "wider"},
            {"dark", "lighter"},
            {"light|bright|pale", "darker"}
        }) {
            phrase(
                    "^(?:that's|that is|it's|it is|this is|thats|its)" + tooMuchOf + tooMuch[0] + ")$",
                    "make it " + tooMuch[1]);
            phrase(
                    "^((?:the|my) [a-z]+(?: [a-z]+)?) (?:is|looks|seems)" + tooMuchOf + tooMuch[0] + ")$",
                    "make $1 " + tooMuch[1]);
        }
        // "I think I'd like a torus", "maybe add a cylinder": hedges say nothing the request does not.
        phrase("^(?:i think|i guess|i suppose|maybe|perhaps|probably) ", "");
        phrase("\\b(?:plain|simple|basic|regular|normal|ordinary) (?=[a-z]+$|[a-z]+ [a-z]+$)", "");
        // "I'd like to start with a ball": starting with a thing is adding it.
        phrase(
                "^(?:i'd like to|i want to|i'll|we'll|let me|let's|lets|i would like to) (?:start|begin) (?:off )?with ",
                "add ");
        // "I want the cube a bit bigger", "I'd like the ball red": a wish about a part.
        phrase(
                "^(?:i want|i'd like|i would like|i need) ((?:the|my) [a-z]+(?: [a-z]+)?|it|that|this) ((?:a bit |a little |much "
                        + "|a lot |slightly )?[a-z]+)$",
                "make $1 $2");
        // "bigger", "a bit smaller please", "now red": said of what the conversation is about.
        phrase(
                "^((?:a bit |a little |much |a lot |slightly |even |way |a tiny bit )?(?:bigger|smaller|larger|taller|shorter"
                        + "|wider|narrower|thinner|fatter|darker|lighter))(?: please)?$",
                "make it $1");
        // "I'd really like", "we just need": the adverb says nothing the wish does not.
        phrase(
                "^(i'd|i would|i|we|we'd|we would) (?:really |just |also |actually |kind of |kinda |maybe |still )+",
                "$1 ");
        phrase(
                "^(?:i'm going to|i am going to|i'm gonna|i will|i'll|we'll|we will|we're going to) (?:need|want|have|add|make"
                        + "|build|create|put) ",
                "add ");
        phrase("^(?:let's |lets )?(?:start|begin|kick off) (?:off )?with ", "add ");
        phrase(
                "^(?:throw|toss|chuck|pop|stick|drop|bung) (.+?) (?:in|into the (?:scene|model))(?: there| here)?$",
                "add $1");
        // "a cube that's red", "a sphere coloured purple", "a blue-coloured cylinder": the colour said after or beside.
        String colours = String.join("|", io.genx3d.models.Colours.names());
        phrase("^(" + colours + ")$", "paint it $1");
        phrase("\\b(" + colours + ")[- ]colou?red\\b", "$1");
        phrase(
                "^((?:add|make|create|build|draw|put|place) (?:a|an|\\d+|[a-z]+) )((?:[a-z]+ )*?)([a-z]+) (?:that's|that is"
                        + "|which is|thats|coloured|colored|painted"
                        + "|in) (" + colours + ")$",
                "$1$4 $2$3");
        phrase(
                "^(?:what can you do|what do you understand|what can i say|what can i do|how does this work|how do i use"
                        + " this|what commands (?:are there|do you know)|commands|examples|show me examples|what should i say)$",
                "help");
        phrase(
                "^(?:tell me|can you tell me|could you tell me|do you know|i want to know|i'd like to know) (?=(?:how|what|where"
                        + "|which)\\b)",
                "");
        phrase("^(?:tell me|say|give me) the (colou?r|size|position) of (.+)$", "what is the $1 of $2");
        phrase("^what(?: is|'s) the position of (.+)$", "where is $1");
        phrase(
                "\\b(?:about|roughly|approximately|around|like|maybe|say) (?=(?:twice|half|double|triple|\\d|two|three|four|"
                        + "five|ten) )",
                "");
        phrase("^(?:bump up|increase|up|boost|pump up) the size of (.+)$", "make $1 bigger");
        phrase("^(?:reduce|decrease|lower|cut) the size of (.+)$", "make $1 smaller");
        phrase("^(?:increase|raise) the height of (.+)$", "make $1 taller");
        phrase("^(?:reduce|decrease|lower) the height of (.+)$", "make $1 shorter");
        phrase("^(?:increase) the width of (.+)$", "make $1 wider");
        // "make the cube super tall", "make it big": a state wished for is a change towards it.
        for (String[] wished : new String[][] {
            {"tall", "taller"},
            {"big|large", "bigger"},
            {"small", "smaller"},
            {"wide", "wider"},
            {"short", "shorter"},
            {"thin|skinny", "thinner"},
            {"tiny", "much smaller"},
            {"huge|giant|massive|enormous", "much bigger"}
        }) {
            phrase(
                    "^make ((?:the|my|that|this) [a-z]+(?: (?!super|very|really|extra|so)[a-z]+)?|it|that|this|them"
                            + "|everything) (?:super |very |really |extra |so )?(?:" + wished[0] + ")$",
                    "make $1 " + wished[1]);
        }
        phrase("\\b(?:pine|fir|christmas|xmas|spruce) trees?\\b", "pine");
        phrase("\\b(?:oak|apple|maple|birch|cherry|leafy|green) tree\\b", "tree");
        phrase("^(?:please |pls |kindly )", "");
        phrase("^((?:can|could|would|will) you) (?:possibly|maybe|perhaps|just|please|kindly) ", "$1 ");
        phrase("^(?:(?:can|could|would|will) you(?: please)? |would you mind |do you mind )", "");
        phrase(" (?:please|for me|thanks|thank you|if you can|if possible)$", "");
        phrase("\\ba (?:couple|pair) of\\b", "2");
        phrase("\\ba dozen\\b", "12");
        // "a few" and "several" are three: enough to be more than a couple, few enough to see at once.
        phrase("\\b(?:a few|several)\\b", "3");
        // "2 more spheres", "a few more cubes", "some balls": more of a thing is that many of it.
        phrase("\\b(\\d+|3|two|three|four|five|six|seven|eight|nine|ten) more (?=[a-z]+s\\b)", "$1 ");
        phrase("^((?:add|create|make|build|draw|put|place) )some (?=[a-z]+s\\b)", "$13 ");
        // "I don't want the cube": the thing not wanted is removed.
        phrase("^i (?:don't|do not|dont) (?:want|need) (.+)$", "remove $1");
        phrase(
                "\\bthe last (?:thing|part|one|shape|object) (?:i|we|you) (?:added|made|put in|created|built)$",
                "the last one");
        phrase(
                "^what (?:have|did) (?:i|we) (?:made|make|built|build|got|done|do|created|create)(?: so far)?$",
                "describe the model");
        phrase("^what colou?r's (.+)$", "what colour is $1");
        phrase(
                "^what (?:shapes|parts|things|objects|pieces) (?:are there|are|do i have|have i got|do we have)(?: in (?:the|my|this)"
                        + " (?:model|scene))?$",
                "describe the model");
        phrase("\\btinier\\b", "smaller");
        phrase("\\b(?:huger|massiver|giganticer)\\b", "much bigger");
        // "the colour of the sky": colours people name by a thing.
        for (String[] thing : new String[][] {
            {"sky", "skyblue"},
            {"grass", "green"},
            {"snow", "white"},
            {"blood", "darkred"},
            {"the sun|sun", "gold"},
            {"sea|ocean", "blue"},
            {"night", "midnightblue"},
            {"fire", "orangered"},
            {"coal", "black"},
            {"sand", "sandybrown"},
            {"leaves|a leaf", "forestgreen"},
            {"chocolate", "chocolate"},
            {"lemons?|a lemon", "yellow"}
        }) {
            phrase("\\b(?:the )?colou?r of (?:the )?(?:" + thing[0] + ")\\b", thing[1]);
        }
        phrase("^give (.+?) (?:a |an )?([a-z]+) (?:colou?r|finish|coat|paint job|look)$", "paint $1 $2");
        phrase(
                "^make (.+?) look (?:like )?(?:it's |it is )?(?:made (?:of|from) )?(wood|wooden|metal|metallic|gold|golden|stone|silver)$",
                "paint $1 $2");
        phrase("^(?:raise|lift) (.+?) (?:up )?by (\\S+)(?: units?)?$", "move $1 up $2");
        phrase("^lower (.+?) by (\\S+)(?: units?)?$", "move $1 down $2");
        phrase("^make (.+?) (taller|shorter|wider|narrower|longer) by (\\S+)(?: units?)?$", "make $1 $3 $2");
        phrase("^(?:rotate|turn|spin) (.+?) (\\S+) degrees? to the left$", "rotate $1 $2 degrees");
        phrase("^(?:rotate|turn|spin) (.+?) (\\S+) degrees? to the right$", "rotate $1 -$2 degrees");
        phrase("^line (them|everything|it all|them all|all|all of them|the [a-z]+s)(?: all)? up$", "put $1 in a row");
        phrase("^stack (them|everything|it all|them all|all of them|the [a-z]+s)(?: up)?$", "put $1 in a stack");
        phrase(
                "^(?:put|place|set|arrange) (them|everything|the [a-z]+s) (?:next to each other|side by side)$",
                "put $1 in a row");
        // "very big" is huge and "really small" tiny; other intensifiers add nothing the adjective does not say.
        phrase("\\b(?:very|really|super|extremely|incredibly|so|really really) (?:big|large)\\b", "huge");
        phrase("\\b(?:very|really|super|extremely|incredibly|so|really really) (?:small|little)\\b", "tiny");
        phrase(
                "\\b(?:very|really|super|extremely|incredibly|quite|pretty|rather|fairly) (?=(?:tiny|huge|giant|tall|short"
                        + "|wide|long|massive|enormous|teeny|mini)\\b)",
                "");
        // "a 3 metre tall cylinder" is a cylinder 3 tall; "a 3 unit cube", a cube of size 3.
        phrase(
                "\\b(?:a|an) (\\d+(?:\\.\\d+)?) ?(?:unit|metre|meter|m|foot|ft)s? (tall|high|wide|deep|long) ([a-z]+)\\b",
                "a $3 $1 $2");
        phrase("\\b(?:a|an) (\\d+(?:\\.\\d+)?) ?(?:unit|metre|meter|m|foot|ft)s? ([a-z]+)\\b", "a $2 size $1");
        phrase(
                "\\b(\\d+(?:\\.\\d+)?) ?(?:units? |m |metres? |meters? )?(?:on each|on every|per|each|a) side\\b",
                "side $1");
        phrase("\\b(\\d+(?:\\.\\d+)?) ?(?:units? |m |metres? |meters? )?across\\b", "size $1");
        phrase("\\b(\\d+(?:\\.\\d+)?) ?(?:units? |m |metres? |meters? )?in diameter\\b", "diameter $1");
        // "move the ball to the origin", "put it back in the middle", "centre the cube".
        phrase(
                "^(?:move|put|place|bring|set) (.+?) (?:back )?(?:to|at|in) the (?:origin|centre|center|middle)$",
                "move $1 to 0 0 0");
        phrase("^cent(?:er|re) (.+)$", "move $1 to 0 0 0");
        // Copies: "make 3 copies of the cube", "a copy of the house", "duplicate the ball twice".
        phrase(
                "^(?:make|create|add|give me) (\\d+|[a-z]+) (?:more )?(?:copies|duplicates|clones) of (.+)$",
                "duplicate $2 $1 times");
        phrase("^(?:make|create|add) (?:a|one|1|another) (?:copy|duplicate|clone) of (.+)$", "duplicate $1");
        phrase("^(duplicate|copy|clone) (.+?) twice$", "$1 $2 2 times");
        phrase("^((?:add|create|make|build|draw) .+?) (?:out of|made of|made from|from) .+$", "$1");
        // "a wall of bricks", "a tree of wood": what a named thing is made of; not "a row of cubes".
        phrase(
                "^((?:add|create|make|build|draw) (?:a|an|\\d+) (?!(?:row|line|stack|tower|pile|column|circle|ring|grid"
                        + "|couple|pair|dozen)\\b)[a-z]+) of [a-z]+$",
                "$1");
        phrase(
                "^(?:oops|whoops|go back|undo that|undo it|take that back|revert that|revert|never mind|scratch that|scrap that"
                        + "|forget that|forget it|cancel that|undo the last one|that's wrong|that is wrong|wrong|no undo"
                        + "|undo the last (?:change|step|thing))$",
                "undo");
        phrase(
                "^(?:wipe (?:the |this )?(?:scene|model)|(?:delete|remove|erase|clear|wipe|get rid of|throw away|take away"
                        + "|take out) (?:everything|it all"
                        + "|all of it|all the parts|all parts|the whole thing|the whole model|all)|(?:let's |lets )?(?:start"
                        + "|begin)(?: all)? (?:over|again|from scratch|afresh|fresh|anew|from the beginning)|clear(?: the)?(?: model| scene)?|reset(?: the)?(?: model| scene)?|wipe it"
                        + "|empty the (?:model|scene))$",
                "clear");
        // "the cube should be blue", "I want the ball to be yellow", "can the cube be bigger": a wish about a part.
        phrase(
                "^(?:i want |i'd like |i would like |let |can |could )?((?:the|my) .+?|it|that|this) (?:should be|to be|be"
                        + "|must be|needs to be|has to be)(?: made)? (.+)$",
                "make $1 $2");
        phrase(
                "^(?:what does|how does) (?:it|the model|the scene|this|my model) look(?: like)?$",
                "describe the model");
        // "is there a sphere?", "are there any cubes?": how many.
        phrase(
                "^(?:is|are) there (?:any |an? )?([a-z]+?)s?(?: in (?:it|the model|the scene|here))?$",
                "how many $1s are there");
        phrase(
                "^show me (?:what (?:i|we) (?:have|got|made|built)|everything|the model|the scene)$",
                "describe the model");
        // "two cubes next to each other" stand in a row; "on top of each other", in a stack.
        phrase(" (?:next to|beside) (?:each other|one another)$| side by side$", " in a row");
        phrase(" on top of (?:each other|one another)$", " in a stack");
        phrase(" stacked(?: up)?(?: in a stack)?$", " in a stack");
        phrase(
                "^(?:i'd like|i would like|i want|i wanna|wanna|i need|i'd love|i would love|give me|gimme|let's have|let's add|let's make|let's build|let's create|let's draw|let's put|let's get"
                        + "|let me get|let me add|let me make"
                        + "|can we have|could we have|can we get|could we get|we want|we'd like"
                        + "|let me have|lets have|lets add|show me|get me|how about|what about|i'll take|we need|i'd want"
                        + "|there should be|can i have|can i get|could i have|could i get|may i have|may i get)(?:(?: to)? (?:see|have|add|make"
                        + "|get|put|create|build|draw|place))? ",
                "add ");
        phrase(
                "^(?:draw|sketch|generate|spawn|design|produce|construct|render|pop in|throw in|stick|drop in"
                        + "|drop|include|model|put in|set up|fabricate|conjure|craft|toss in|chuck in|bung in|slap) ",
                "add ");
        phrase(" (?:now|too|as well|please)$", "");
        phrase(
                "^((?:add|create|make|put|place|build|draw|insert) .+?) (?:in |over |right )?(?:here|there|somewhere|in"
                        + "|in the (?:scene|model|middle))$",
                "$1");
        phrase("^(?:just|now|then|also) ", "");
        // "new cube", "one more sphere", "another cube please": one more of a thing is a thing to add.
        phrase("^(?:a )?new (?!model|one|scene)", "add a ");
        // "add another one", "make another sphere like that", "two more of those": copies of what was last said.
        phrase("^(?:add|make|create|give me|i want|i'd like) another(?: one)?(?: like (?:that|this|it))?$", "copy it");
        phrase("^(?:add|make|create) another [a-z]+ like (?:that|this|it)(?: one)?$", "copy it");
        phrase(
                "^(?:add|make|create|give me|i want|i'd like) (\\S+) more (?:of (?:those|these|them|that|this|it)|like (?:that|this|it))$",
                "duplicate it $1 times");
        phrase("^(?:one more|1 more|an extra|an additional|another) ", "add a ");
        phrase(
                "^((?:add|create|make|put|place|build|draw|insert)) (?:one more|an extra|an additional|another)\\b",
                "$1 a");
        phrase("^(?:put down|set down|lay down|stick in|plonk|plop) ", "add ");
        phrase("^(?:change|set|switch) the colou?r of (.+?) to (.+)$", "paint $1 $2");
        phrase("^(?:change|set|switch|make) the ([a-z]+?)(?:'s|s)? colou?r (?:to )?(.+)$", "paint the $1 $2");
        phrase("^what(?:'s| is) the colou?r of (.+)$", "what colour is $1");
        phrase("^what(?:'s| is) the ([a-z]+?)'?s colou?r$", "what colour is the $1");
        phrase("^where did (.+) go$", "where is $1");
        phrase("^(?:change|turn|switch) (.+?) (?:to|into) (\\S+)$", "paint $1 $2");
        phrase(
                "^((?:paint|colou?r|make|turn) .+?) (?:a |an )?(?:nice|lovely|pretty|beautiful|bright|deep) (\\S+)$",
                "$1 $2");
        phrase("^((?:paint|colou?r|make|turn) .+?) in (\\S+)$", "$1 $2");
        phrase("^(?:turn|flip) (.+?) (?:upside down|over)$", "rotate $1 180 degrees about x");
        phrase("^(?:turn|flip) (?:upside down|over) (.+)$", "rotate $1 180 degrees about x");
        phrase("^(?:turn|spin|flip|rotate) (.+?) (?:a)?round$", "rotate $1 180 degrees");
        // "keep only the cube", "get rid of everything but the sphere".
        phrase("^keep (?:only|just) (.+)$", "remove everything except $1");
        phrase(
                "^(?:get rid of|throw away|take away|clear|wipe) (everything|all(?: of it| the parts| parts)?) (?:else )?",
                "remove $1 ");
        phrase("^(?:remove|delete|erase) (everything|all(?: of it| the parts| parts)?) else ", "remove $1 ");
        phrase("^(?:make )?(.+?) spin$", "rotate $1 90 degrees");
        phrase("^(?:rotate|spin|twist) (?!.*(?:\\d|degree|quarter|half))(.+)$", "rotate $1 90 degrees");
        phrase("^tilt (?!.*(?:\\d|degree))(.+)$", "rotate $1 30 degrees about x");
        phrase("^(?:flatten|squash|squish) (.+)$", "make $1 half as tall");
        phrase("^stretch (.+?) (?:out )?(?:sideways|wide|wider)$", "make $1 twice as wide");
        phrase("^stretch (.+?)(?: out)?$", "make $1 twice as tall");
        phrase("^(?:put|place|position|set) ((?:the|my) .+?|it|that) at (.+)$", "move $1 to $2");
        phrase("^raise (.+)$", "move $1 up");
        phrase("^lift (.+?) up(.*)$", "move $1 up$2");
        phrase("^lift (.+)$", "move $1 up");
        phrase("^lower (.+)$", "move $1 down");
        phrase("^(?:push|shift|slide|nudge|drag) ", "move ");
        phrase("^(move .+?) (?:over )?to the (left|right)\\b", "$1 $2");
        // "move the ball a bit to the right": the amount said before the direction.
        phrase(
                "^(move .+?) (a (?:little )?bit|a little|slightly|a lot|far) (up|down|left|right|forwards?|back"
                        + "|backwards?)$",
                "$1 $3 $2");
        phrase("^(move .+?) (?:to the |towards the )?(?:front)$", "$1 forward");
        phrase(
                "^(move .+? (?:up|down|left|right|forwards?|back|backwards?)) (?:a (?:little )?bit|a little|slightly)$",
                "$1 0.5");
        phrase("^(move .+? (?:up|down|left|right|forwards?|back|backwards?)) (?:a lot|far)$", "$1 3");
        phrase("^(?:double) (?:the size of )?(.+)$", "scale $1 by 2");
        phrase("^make (.+?) (?:double|twice) (?:the|its) size$", "scale $1 by 2");
        phrase("^make (.+?) (?:triple|three times) (?:the|its) size$", "scale $1 by 3");
        phrase("^make (.+?) half (?:the|its) size$", "scale $1 by 0.5");
        phrase("^(?:halve) (?:the size of )?(.+)$", "scale $1 by 0.5");
        phrase("^(?:shrink|reduce) (.+)$", "make $1 smaller");
        phrase("^(?:enlarge|expand|grow) (?!.* by )(.+)$", "make $1 bigger");
        phrase("^scale (.+) up$", "make $1 bigger");
        phrase("^scale (.+) down$", "make $1 smaller");
        phrase("^describe (?:it|everything|all)$", "describe the model");
        phrase(" = ", " ");
        // "wooden-looking", "blue-coloured": the look is the word before.
        phrase("\\b([a-z]+)-(?:looking|coloured|colored|ish|y)\\b", "$1");
        // Units: the scene has one unit of length, so "2 m", "2 metres" and "2 units" are all 2.
        phrase("\\b(\\d+(?:\\.\\d+)?) ?(?:m|meters?|metres?|units?)\\b", "$1");
        // "move the cube 2 to the right": the distance said before the direction.
        phrase(
                "^(move .+?) (\\d+(?:\\.\\d+)?) (?:to the |towards the )?(up|down|left|right|forwards?|back|backwards?"
                        + "|upwards|downwards)$",
                "$1 $3 $2");
        // "scale everything by 2": several parts, as "make … 2 times bigger" reads them.
        phrase(
                "^scale ((?:everything|all|every|each|both|them)\\b.*?) by (\\d+(?:\\.\\d+)?)$",
                "make $1 $2 times bigger");
        phrase("^((?:add|create|make|put|place|build|draw|insert) .+?) on the (?:floor|ground)$", "$1");
        phrase(
                "^((?:add|create|make|put|place|build|draw|insert) (?:\\S+ )?)(?:nice|lovely|pretty|cute|beautiful|cool"
                        + "|simple|plain|basic|regular|normal|new(?! (?:model|one|scene)\\b)|single) ",
                "$1");
        phrase("\\ba column of\\b", "a stack of");
        // "in a ring" and "a ring of 6" are arrangements, not tori.
        phrase("\\bin a ring\\b", "in a circle");
        phrase("\\ba ring of\\b", "a circle of");
        phrase(
                "^(?:delete|erase|get rid of|take away|take out|destroy|kill|lose|ditch|eliminate|throw away|throw out"
                        + "|discard|scrap|drop|wipe out|wipe|clear|bin|trash|nuke|zap) ",
                "remove ");
    }

    /** Common names of the primitives, singular; plurals are made by {@link #word}. */
    private static final Map<String, String> SHAPES = Map.ofEntries(
            Map.entry("ball", "sphere"),
            Map.entry("box", "cube"),
            Map.entry("orb", "sphere"),
            Map.entry("globe", "sphere"),
            Map.entry("bubble", "sphere"),
            Map.entry("marble", "sphere"),
            Map.entry("bead", "sphere"),
            Map.entry("dot", "sphere"),
            Map.entry("block", "cube"),
            Map.entry("brick", "cube"),
            Map.entry("dice", "cube"),
            Map.entry("die", "cube"),
            Map.entry("crate", "cube"),
            Map.entry("square", "cube"),
            Map.entry("tube", "cylinder"),
            Map.entry("pipe", "cylinder"),
            Map.entry("rod", "cylinder"),
            Map.entry("pillar", "cylinder"),
            Map.entry("column", "cylinder"),
            Map.entry("can", "cylinder"),
            Map.entry("pole", "cylinder"),
            Map.entry("post", "cylinder"),
            Map.entry("disc", "cylinder"),
            Map.entry("disk", "cylinder"),
            Map.entry("barrel", "cylinder"),
            Map.entry("drum", "cylinder"),
            Map.entry("donut", "torus"),
            Map.entry("doughnut", "torus"),
            Map.entry("ring", "torus"),
            Map.entry("hoop", "torus"),
            Map.entry("funnel", "cone"),
            Map.entry("spike", "cone"),
            Map.entry("floor", "plane"),
            Map.entry("ground", "plane"),
            Map.entry("sheet", "plane"),
            Map.entry("tile", "plane"),
            Map.entry("panel", "plane"),
            Map.entry("slab", "plane"),
            Map.entry("pill", "capsule"),
            Map.entry("cuboid", "cube"),
            Map.entry("egg", "sphere"),
            Map.entry("rectangle", "plane"),
            Map.entry("lozenge", "capsule"));

    /**
     * Looks said as adjectives of colour or material, as the colour the part is painted: a "golden ball" is gold, a
     * "reddish" one red, a "wooden" one burlywood (the CSS colour named after wood), a "metal" one silver.
     */
    private static final Map<String, String> LOOKS = Map.ofEntries(
            Map.entry("golden", "gold"),
            Map.entry("silvery", "silver"),
            Map.entry("reddish", "red"),
            Map.entry("bluish", "blue"),
            Map.entry("blueish", "blue"),
            Map.entry("greenish", "green"),
            Map.entry("yellowish", "yellow"),
            Map.entry("pinkish", "pink"),
            Map.entry("purplish", "purple"),
            Map.entry("orangey", "orange"),
            Map.entry("orangish", "orange"),
            Map.entry("greyish", "grey"),
            Map.entry("grayish", "gray"),
            Map.entry("whitish", "white"),
            Map.entry("blackish", "black"),
            Map.entry("brownish", "brown"),
            Map.entry("wooden", "burlywood"),
            Map.entry("wood", "burlywood"),
            Map.entry("metal", "silver"),
            Map.entry("metallic", "silver"),
            Map.entry("steel", "silver"),
            Map.entry("stone", "gray"));

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("zero", "0"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"),
            Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"),
            Map.entry("thirty", "30"),
            Map.entry("forty", "40"),
            Map.entry("fifty", "50"),
            Map.entry("sixty", "60"),
            Map.entry("seventy", "70"),
            Map.entry("eighty", "80"),
            Map.entry("ninety", "90"),
            Map.entry("hundred", "100"));

    /** Words a typo is corrected towards: every word the commands and this lexicon read. */
    private static final Set<String> VOCABULARY = new TreeSet<>();

    static {
        for (io.genx3d.export.Primitive primitive : io.genx3d.export.Primitive.values()) {
            VOCABULARY.add(primitive.value());
            VOCABULARY.add(Words.plural(primitive, 2));
        }
        SHAPES.keySet().forEach(name -> {
            VOCABULARY.add(name);
            VOCABULARY.add(plural(name));
        });
        VOCABULARY.addAll(NUMBERS.keySet());
        VOCABULARY.addAll(LOOKS.keySet());
        VOCABULARY.addAll(Colours.names());
        VOCABULARY.addAll(Set.of(
                "create",
                "remove",
                "delete",
                "rotate",
                "scale",
                "resize",
                "rename",
                "duplicate",
                "paint",
                "colour",
                "color",
                "bigger",
                "larger",
                "smaller",
                "taller",
                "shorter",
                "wider",
                "thinner",
                "narrower",
                "above",
                "below",
                "under",
                "beside",
                "between",
                "around",
                "behind",
                "right",
                "left",
                "forward",
                "backward",
                "radius",
                "diameter",
                "height",
                "width",
                "depth",
                "length",
                "degrees",
                "circle",
                "triangle",
                "everything",
                "describe",
                "model",
                "scene",
                "please",
                "little",
                "slightly",
                "massive",
                "enormous",
                "another",
                "again",
                "column",
                "stack",
                "tower",
                "middle",
                "center",
                "centre"));
        // Words of the commands and everyday words one letter from a known word ("place" / "plane") are words, not
        // typos.
        VOCABULARY.addAll(Set.of(
                "place",
                "plate",
                "plain",
                "build",
                "insert",
                "clone",
                "spin",
                "grow",
                "shrink",
                "raise",
                "lower",
                "lift",
                "shift",
                "slide",
                "push",
                "pull",
                "there",
                "where",
                "which",
                "these",
                "those",
                "their",
                "other",
                "about",
                "after",
                "before",
                "three",
                "seven",
                "eight",
                "could",
                "would",
                "should",
                "thing",
                "things",
                "colours",
                "colors",
                "sized",
                "sizes",
                "units",
                "times",
                "twice",
                "inside",
                "outside",
                "along",
                "across",
                "front",
                "through",
                "round",
                "rounded",
                "small",
                "large",
                "giant",
                "tiny",
                "short",
                "thick",
                "thin",
                "first",
                "second",
                "third",
                "fourth",
                "fifth",
                "newest",
                "latest",
                "oldest",
                "models",
                "parts",
                "named",
                "called",
                "title",
                "metal",
                "metallic",
                "wooden",
                "glass",
                "stone",
                "light",
                "dark",
                "bright",
                "pale",
                "lighter",
                "darker",
                "double",
                "triple",
                "halve",
                "quarter",
                "percent",
                "meter",
                "metre",
                "meters",
                "metres",
                "side",
                "sides",
                "edges",
                "bring",
                "closer",
                "nearer",
                "towards",
                "toward",
                "away"));
        for (String object : Blueprints.names()) {
            VOCABULARY.add(object);
            VOCABULARY.add(Blueprints.plural(object));
        }
    }

    private Lexicon() {}

    private static void phrase(String regex, String replacement) {
        PHRASES.put(Pattern.compile(regex), replacement);
    }

    /** {@code text} as {@link Words#normalise} left it, in the words the commands read. */
    static String canonical(String text) {
        // "a chest of drawers" is one object before a phrase can read it as "a chest" of something.
        String result = ObjectPhrases.joinedFirst(text);
        for (Map.Entry<Pattern, String> rewrite : PHRASES.entrySet()) {
            result = rewrite.getKey().matcher(result).replaceAll(rewrite.getValue());
        }
        // A new name is the person's own words: "rename the sphere to ball" keeps "ball".
        java.util.regex.Matcher naming = NEW_NAME.matcher(result);
        if (naming.matches()) {
            return words(ObjectPhrases.joined(naming.group(1))) + naming.group(2);
        }
        return Sizes.rewrite(Arrangements.rewrite(afterWords(words(ObjectPhrases.joined(result)))));
    }

    private static final Pattern TENS = Pattern.compile("\\b([2-9])0 ([1-9])\\b");
    private static final Pattern MOVE_WITHOUT_DISTANCE =
            Pattern.compile("^(move .+ (?:up|down|left|right|forwards?|back|backwards?))$");
    private static final Set<String> VERBS = Set.of(
            "create",
            "add",
            "make",
            "build",
            "draw",
            "place",
            "put",
            "insert",
            "move",
            "rotate",
            "turn",
            "spin",
            "scale",
            "resize",
            "grow",
            "paint",
            "colour",
            "color",
            "rename",
            "remove",
            "delete",
            "duplicate",
            "copy",
            "clone",
            "describe",
            "undo",
            "clear",
            "help",
            "what",
            "what's",
            "how",
            "where",
            "where's",
            "whereabouts",
            "bring",
            "pull",
            "list",
            "show",
            "which",
            "is",
            "are",
            "call",
            "name",
            "new",
            "start",
            "stack",
            "pile",
            "line",
            "arrange");

    /** Whether the first word is one the commands start with. */
    static boolean startsWithVerb(String canonical) {
        return VERBS.contains(canonical.split(" ", 2)[0]);
    }

    /** Not inside a hyphenated name: the "light green" of "the traffic-light green" is a light painted green. */
    private static final Pattern SHADE =
            Pattern.compile("(?<!-)\\b(dark|light|pale|deep|medium|hot|sky|forest|navy) ([a-z]+)\\b");

    private static final Pattern A_NUMBER = Pattern.compile("\\b(?:a|an) (\\d+) ");
    /** "a round ball", "a rectangular box": the shape's own look, said again. */
    private static final Pattern SHAPE_ADJECTIVE = Pattern.compile(
            "\\b(?:round|rectangular|spherical|cubic|cubical|cylindrical|circular|conical|flat) (?=(?:[a-z#0-9]+ )?(?:"
                    + Sizes.SHAPES + ")\\b)");
    /** "a square brick" reads "a cube cube". */
    private static final Pattern SAID_TWICE = Pattern.compile("\\b(" + Sizes.SHAPES + ") \\1\\b");

    private static String afterWords(String text) {
        String result = TENS.matcher(text).replaceAll(m -> m.group(1) + m.group(2));
        // "dark green" is the colour darkgreen; "a 10 cubes" is 10 cubes.
        result = SHADE.matcher(result)
                .replaceAll(
                        m -> Colours.hex(m.group(1) + m.group(2)).isPresent() ? m.group(1) + m.group(2) : m.group());
        result = SHAPE_ADJECTIVE.matcher(result).replaceAll("");
        result = SAID_TWICE.matcher(result).replaceAll("$1");
        result = A_NUMBER.matcher(result).replaceAll("$1 ");
        result = MOVE_WITHOUT_DISTANCE.matcher(result).replaceAll("$1 1");
        String first = result.split(" ", 2)[0];
        if (!VERBS.contains(first)
                && (Words.mentionsShape(result)
                        || java.util.Arrays.stream(result.split(" "))
                                .anyMatch(word -> Blueprints.named(word).isPresent()))) {
            // "a red cube", "two balls please", "a table": a thing named on its own is a thing to add.
            result = "add " + result;
        }
        return result;
    }

    private static final Pattern NEW_NAME = Pattern.compile("^(rename .+?)( (?:to|as) .+)$");

    private static String words(String result) {
        String[] words = result.split(" ");
        StringBuilder out = new StringBuilder(result.length());
        for (int i = 0; i < words.length; i++) {
            String previous = i > 0 ? words[i - 1] : "";
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word(words[i], previous));
        }
        return out.toString();
    }

    private static String word(String word, String previous) {
        String number = NUMBERS.get(word);
        if (number != null) {
            return number;
        }
        String shape = shapeOf(word);
        if (shape != null) {
            return shape;
        }
        String look = LOOKS.get(word);
        if (look != null) {
            return look;
        }
        if (word.length() >= 5 && !VOCABULARY.contains(word) && !word.matches("[#\\d].*")) {
            String corrected = correction(word);
            if (corrected != null) {
                String again = shapeOf(corrected);
                return again != null ? again : NUMBERS.getOrDefault(corrected, corrected);
            }
        }
        return word;
    }

    private static String shapeOf(String word) {
        String singular = SHAPES.get(word);
        if (singular != null) {
            return singular;
        }
        for (Map.Entry<String, String> name : SHAPES.entrySet()) {
            if (plural(name.getKey()).equals(word)) {
                return name.getValue().endsWith("s") ? name.getValue() + "es" : name.getValue() + "s";
            }
        }
        return null;
    }

    private static String plural(String name) {
        if (name.equals("dice") || name.equals("die")) {
            return "dice";
        }
        return name.endsWith("s") || name.endsWith("x") || name.endsWith("sh") || name.endsWith("ch")
                ? name + "es"
                : name + "s";
    }

    /**
     * The known word one edit away (a letter changed, added, dropped, or two swapped): the only one, or the only one
     * that starts with the same letter (people rarely mistype the first letter: "yelow" is "yellow", not "below").
     */
    static String correction(String word) {
        java.util.List<String> candidates = new java.util.ArrayList<>();
        for (String known : VOCABULARY) {
            if (Math.abs(known.length() - word.length()) <= 1 && oneEditApart(word, known)) {
                candidates.add(known);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        java.util.List<String> sameStart = candidates.stream()
                .filter(known -> known.charAt(0) == word.charAt(0))
                .toList();
        if (sameStart.size() == 1) {
            return sameStart.get(0);
        }
        // Then a swapped or changed letter over one added or dropped: "cubse" is "cubes" rather than "cube".
        java.util.List<String> sameLength = sameStart.stream()
                .filter(known -> known.length() == word.length())
                .toList();
        return sameLength.size() == 1 ? sameLength.get(0) : null;
    }

    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (differences++ == 0) {
                        first = i;
                    }
                }
            }
            if (differences == 1) {
                return true;
            }
            return differences == 2
                    && first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    static Map<String, String> shapeNames() {
        return new HashMap<>(SHAPES);
    }
}
