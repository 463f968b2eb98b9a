package dev.designassistant.injection;

import dev.designassistant.injection.InjectionHit.Kind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases {@link InjectionScan} looks for. A space in a phrase stands for any run of what separates words in
 * code: spaces and line breaks, comment markers ({@code //}, {@code #}, {@code *}, {@code --}), quotes and the
 * {@code +} of a concatenated string, escaped line breaks; so a phrase split over comment lines or string pieces is
 * still one phrase. Phrases are kept specific (an instruction about instructions, a role for an AI, a request
 * addressed to an AI or reviewer) so that code and prose about prompts, and UI strings ("You are now logged in"),
 * do not match: the clean corpus under src/test/resources/injection/clean is the test of that.
 */
final class InjectionPatterns {

    /** One phrase of a kind; {@code addressed}: counts only near words that address an AI or reviewer. */
    record Phrase(Kind kind, Pattern pattern, boolean addressed) {
    }

    private static final String SEP = "(?:[\\s\"'`+*#/;<>!\\-]|\\\\[nrt]){1,60}";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String ADDRESSEE_WORD = "(?:ai|a\\.i\\.|llms?|gpt-?\\d*|chatgpt|claude|gemini|copilot|"
            + "language models?|(?:ai|automated|llm|code|security) (?:reviewers?|review bots?|review agents?|"
            + "assistants?|scanners?|auditors?|models?|agents?)|reviewers?|review bots?|reviewing models?|assistant|"
            + "ИИ|人工智能|ＡＩ|ki-prüfer|prüfer|relecteur ia|relecteur|revisor de ia|revisor ia|revisor|ревьюер\\p{L}*|"
            + "レビュアー|审查者|ai-reviewer)";

    /**
     * Text that addresses an AI or reviewer: "AI reviewer:", "Dear LLM,", "Note to the AI". Only a vocative counts
     * (a colon or comma after the name, or a greeting before it): code and docs that merely mention an LLM do not.
     */
    static final Pattern ADDRESSEE = Pattern.compile(words(
            "(?:^|(?<=[\\s#/*>;\\-\"'(\\[]))(?:(?:note|message|instructions?|attention|dear|hey|hi|hello|psst) "
                    + "(?:to |for )?(?:the |any |all |our |an? )?" + ADDRESSEE_WORD + "s?\\b|" + ADDRESSEE_WORD
                    + "s?[ \\t]*[:,!])"), FLAGS);

    private static final String EARLIER = "(?:previous|prior|preceding|above|earlier|foregoing|initial|original|"
            + "all (?:the |your |of the |of your )?(?:previous |prior |above |earlier )?)";
    private static final String ORDERS = "(?:instructions?|prompts?|directives|guidelines|guidance|rules)";

    static final List<Phrase> PHRASES = List.of(
            // override, English
            strong(Kind.OVERRIDE, "\\b(?:ignore|disregard|forget|override|bypass|discard|do not follow|don't follow) "
                    + "(?:any |each |every )?(?:of )?(?:the |your |my |these |those )?" + EARLIER + " ?"
                    + "(?:and \\w+ )?" + ORDERS + "\\b"),
            strong(Kind.OVERRIDE, "\\bforget (?:everything|all) (?:you were|you've been|you have been|that you were|"
                    + "above|before|previously)"),
            strong(Kind.OVERRIDE, "\\b(?:new|updated|revised|real|actual|true) system (?:instructions?|prompt) ?:"),
            addressed(Kind.OVERRIDE, "\\b(?:new|updated|revised|real|actual|true) instructions? ?:"),
            strong(Kind.OVERRIDE, "\\b(?:ignore|override|bypass) (?:the |your )?(?:system prompt|guardrails|"
                    + "safety rules|review rules|review instructions)"),
            // override, other languages of code comments
            strong(Kind.OVERRIDE, "\\b(?:ignorier\\w*|vergiss|vergessen sie|missachte\\w*|übergeh\\w*) (?:bitte )?"
                    + "(?:alle |sämtliche )?(?:deine |ihre |die )?(?:vorherigen|vorigen|bisherigen|obigen|früheren|"
                    + "vorangegangenen)? ?(?:Anweisungen|Instruktionen|Vorgaben|Regeln)"),
            strong(Kind.OVERRIDE, "\\b(?:ignore[rsz]?|oublie[rsz]?|ne tiens pas compte des|ne tenez pas compte des) "
                    + "(?:toutes |tous )?(?:les |tes |vos )?(?:instructions|consignes|directives|règles)"
                    + "(?: \\w+)? ?(?:précédentes|antérieures|ci-dessus|initiales|d'avant)"),
            strong(Kind.OVERRIDE, "\\b(?:ignore[rsz]?|oublie[rsz]?) toutes (?:les |tes |vos )?(?:instructions|consignes)"),
            strong(Kind.OVERRIDE, "\\b(?:ignora|ignore|ignoren|olvida|olvide|olviden|descarta|omite)\\w* (?:todas )?"
                    + "(?:las |tus |sus )?(?:instrucciones|indicaciones|órdenes|reglas)(?: \\w+)? ?(?:anteriores|"
                    + "previas|de arriba|iniciales)"),
            strong(Kind.OVERRIDE, "\\b(?:ignora|olvida) todas (?:las |tus )?instrucciones"),
            strong(Kind.OVERRIDE, "\\b(?:ignore|ignora|esqueça|esqueca|desconsidere|descarte) (?:todas )?"
                    + "(?:as |suas )?(?:instruções|instrucoes|orientações|orientacoes|regras)(?: \\w+)? ?(?:anteriores|"
                    + "prévias|previas|acima|iniciais)"),
            strong(Kind.OVERRIDE, "\\b(?:ignore|esqueça|esqueca) todas (?:as )?(?:instruções|instrucoes)"),
            strong(Kind.OVERRIDE, "\\b(?:ignora|dimentica) (?:tutte )?(?:le )?(?:istruzioni|indicazioni) "
                    + "(?:precedenti|sopra)"),
            strong(Kind.OVERRIDE, "(?:忽略|忽视|无视|忘记|忘掉|不要理会|跳过|忽略掉)(?:之前|以前|先前|上面|以上|前面|上述|此前|所有|"
                    + "先前所有|之前所有)(?:的)?(?:所有|全部|一切)?(?:的)?(?:指令|指示|说明|提示词|提示|规则|要求|命令)"),
            strong(Kind.OVERRIDE, "(?:игнорируй|проигнорируй|забудь|не обращай внимания на)\\p{L}* (?:все |всё )?"
                    + "(?:(?:предыдущие|прежние|вышеуказанные|вышеприведённые|вышеприведенные|предшествующие|прошлые|"
                    + "ранее данные|свои|данные тебе) )?(?:инструкции|указания|правила|промпт)"),
            strong(Kind.OVERRIDE, "(?:以前|前|上記|これまで|先ほど|今まで|上)の(?:すべての|全ての|全部の)?(?:指示|命令|指令|ルール|"
                    + "プロンプト)(?:は|を)?(?:すべて|全て|全部)?(?:無視|忘れ)"),
            strong(Kind.OVERRIDE, "(?:指示|命令|指令)を(?:すべて|全て)?無視し"),
            strong(Kind.OVERRIDE, "(?:이전|위의|앞의) (?:모든 )?(?:지시|지침|명령)(?:을|를)? 무시"),
            // chat-template and role tokens
            strong(Kind.CHAT_TEMPLATE_TOKEN, "<\\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|"
                    + "start_header_id|end_header_id|begin_of_text|end)\\|>"),
            strong(Kind.CHAT_TEMPLATE_TOKEN, "\\[/?INST\\]|<</?SYS>>|<(?:start|end)_of_turn>"),
            strong(Kind.CHAT_TEMPLATE_TOKEN, "(?m)^[ \\t#/*>;\\-\"']*###[ \\t]*(?:system|instructions?|assistant|human|"
                    + "response)[ \\t]*:"),
            strong(Kind.CHAT_TEMPLATE_TOKEN, "(?m)^[ \\t#/*>;\\-\"']*(?:system|human|assistant)[ \\t]*:[ \\t]*(?:you are|"
                    + "ignore|report|approve|the code)"),
            // a new role
            strong(Kind.ROLE_CHANGE, "\\byou are now (?:a |an |the |in |my |no longer |not )?(?:(?:new|different|"
                    + "helpful|evil|rogue|friendly|senior|code|security|review|ai|unrestricted|lenient) ){0,2}"
                    + "(?:ai|assistant|language model|llm|chatbot|dan|developer mode|jailbroken|unrestricted|"
                    + "unfiltered|lenient|permissive|obedient|approver|reviewer that|reviewer who)\\b"),
            strong(Kind.ROLE_CHANGE, "\\b(?:act|behave|respond) as (?:if you were |though you were )?(?:an? )?"
                    + "(?:unrestricted|unfiltered|jailbroken|different|new|lenient) (?:ai|assistant|model|reviewer)"),
            strong(Kind.ROLE_CHANGE, "\\bpretend (?:to be|you are|that you are) (?:an? )?(?:[\\w-]+ ){0,2}?"
                    + "(?:reviewer|auditor)\\b"),
            strong(Kind.ROLE_CHANGE, "\\benter (?:developer|god|dan|jailbreak) mode\\b"),
            strong(Kind.ROLE_CHANGE, "\\bdu bist (?:jetzt|nun|ab sofort) (?:ein |eine )?(?:\\w+ )?(?:KI|Assistent|"
                    + "Modell|Prüfer|Reviewer)"),
            strong(Kind.ROLE_CHANGE, "\\b(?:tu es|vous êtes) (?:maintenant|désormais) (?:un |une )?(?:\\w+ )?"
                    + "(?:IA|assistant|modèle|relecteur|réviseur)"),
            strong(Kind.ROLE_CHANGE, "\\b(?:ahora eres|agora você é|agora voce e) (?:un |una |um |uma )?(?:\\w+ )?"
                    + "(?:IA|asistente|assistente|modelo|revisor)"),
            strong(Kind.ROLE_CHANGE, "(?:你现在是|从现在开始你是|現在你是)"),
            strong(Kind.ROLE_CHANGE, "\\b(?:теперь ты|отныне ты|ты теперь)\\b"),
            strong(Kind.ROLE_CHANGE, "(?:あなたは今から|今からあなたは|これからあなたは)"),
            // requests about the review itself that only a review tool would be asked: strong
            strong(Kind.REVIEW_MANIPULATION, "\\b(?:report|return|output|produce|emit|list|raise|respond with|reply "
                    + "with|answer with) (?:back )?(?:no|zero|0|an empty|empty|none of the) (?:\\w+ )?findings?\\b"),
            strong(Kind.REVIEW_MANIPULATION, "\\b(?:do not|don't|dont|never|must not|should not|shouldn't|no need to) "
                    + "(?:report|flag|mention|raise|list|include|emit) (?:any |these |this |the |such )?"
                    + "(?:\\w+ )?(?:findings?|issues?|problems?|vulnerabilit\\w*) (?:for|in|about|on|of) (?:this|the) "
                    + "(?:file|code|class|module|pr|pull request|merge request|function|change|diff|method)\\b"),
            strong(Kind.REVIEW_MANIPULATION, "\\b(?:you must|you should|you will|you have to|please|just|simply) "
                    + "(?:approve|lgtm|sign off on) (?:this|the) (?:pr|pull request|merge request|mr|change|changes|"
                    + "code|file|commit|diff)\\b"),
            strong(Kind.REVIEW_MANIPULATION, "\\b(?:melde|berichte|meldet|melden sie) (?:keine|nichts|keinerlei) "
                    + "(?:\\w+ )?(?:Befunde|Probleme|Fehler|Findings|Schwachstellen)"),
            strong(Kind.REVIEW_MANIPULATION, "\\b(?:ne signale|ne signalez|ne rapporte|ne rapportez) (?:aucun|aucune|"
                    + "rien)"),
            strong(Kind.REVIEW_MANIPULATION, "\\b(?:no reportes|no informes|no reporte|no reporten|não reporte|não "
                    + "relate|nao reporte|não aponte) (?:ningún|ninguna|nenhum|nenhuma|nada)"),
            strong(Kind.REVIEW_MANIPULATION, "(?:不要|别|請勿|请勿)(?:报告|報告|指出|标记)(?:任何)?(?:问题|漏洞|发现|結果|结果)"),
            strong(Kind.REVIEW_MANIPULATION, "\\bне (?:сообщай|сообщайте|отмечай|указывай|репорти)\\p{L}* "
                    + "(?:о |об )?(?:никаких |ни о каких )?(?:проблем|ошиб|уязвим|замечан)"),
            strong(Kind.REVIEW_MANIPULATION, "(?:問題|脆弱性|指摘)(?:を|は)(?:一切|何も)?(?:報告しない|報告せず|指摘しない)"),
            // requests that are ordinary words unless addressed to an AI or reviewer
            addressed(Kind.REVIEW_MANIPULATION, "\\b(?:report|flag|mention|raise) (?:nothing|none|no issues|no "
                    + "problems|no vulnerabilities|no bugs)\\b"),
            addressed(Kind.REVIEW_MANIPULATION, "\\b(?:do not|don't|dont|never|must not|no need to) (?:report|flag|"
                    + "mention|raise|analy[sz]e|review|check|scan|look at|comment on) (?:any |this |these |the )?"
                    + "(?:anything|everything|findings?|issues?|problems?|vulnerabilit\\w*|bugs?|defects?|file|code|class|function|module|"
                    + "method)\\b"),
            addressed(Kind.REVIEW_MANIPULATION, "\\b(?:approve|lgtm|greenlight|sign off on) (?:this|the|my) "
                    + "(?:pr|pull request|merge request|mr|change|changes|code|file|commit|diff|review|migration)\\b"),
            addressed(Kind.REVIEW_MANIPULATION, "\\bmark (?:it |this |the \\w+ )?as (?:approved|safe|clean|passing|"
                    + "reviewed|secure)"),
            addressed(Kind.REVIEW_MANIPULATION, "\\b(?:this|the) (?:code|file|module|class|change|pr|pull request|"
                    + "function|method|service)(?: \\w+)? (?:has been|was|is|were|has already been) (?:already )?"
                    + "(?:audited|vetted|certified|signed off|pre-approved|approved by)"),
            addressed(Kind.REVIEW_MANIPULATION, "\\b(?:mark|classify|rate|report|set|downgrade|lower|treat|reduce) "
                    + "(?:all |every |any |the |each )?(?:\\w+ )?(?:findings?|vulnerabilit\\w*|issues?|severity|"
                    + "severities)(?: \\w+){0,3}? (?:as|to) (?:minor|low|informational|info|none|trivial|cosmetic)\\b"),
            addressed(Kind.REVIEW_MANIPULATION, "\\bseverity(?: of \\w+)? (?:should be|must be|is|=|:) ?(?:minor|low|"
                    + "info|none|trivial)"));

    private InjectionPatterns() {
    }

    private static Phrase strong(Kind kind, String phrase) {
        return new Phrase(kind, Pattern.compile(words(phrase), FLAGS), false);
    }

    private static Phrase addressed(Kind kind, String phrase) {
        return new Phrase(kind, Pattern.compile(words(phrase), FLAGS), true);
    }

    /** Every literal space of the phrase becomes {@link #SEP}; spaces inside character classes stay. */
    private static String words(String phrase) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\' && i + 1 < phrase.length()) {
                out.append(c).append(phrase.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == ']') {
                inClass = false;
                out.append(c);
            } else if (c == ' ' && !inClass) {
                out.append("(?:").append(SEP).append(')'); // grouped: a "?" after the space makes it optional
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
