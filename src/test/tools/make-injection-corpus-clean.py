#!/usr/bin/env python3
"""Writes src/test/resources/injection/clean: real-looking files that must give no prompt-injection finding.

Files that talk about prompts, LLM clients, review workflows and UI strings with the words an injection uses
("instructions", "ignore", "approve", "you are now", "severity", "previous"), in several languages, plus text with
legitimate invisible Unicode (emoji sequences, flags, right-to-left marks, Persian ZWNJ, a BOM). Deterministic:
run it again and the files are the same. InjectionCorpusTest reads them.
"""
import os, pathlib, shutil

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "injection" / "clean"
files = {}

def add(name, text):
    assert name not in files, name
    files[name] = text

DOMAINS = [
    ("support", "support tickets", "Ticket", "summarise the customer's problem in two sentences"),
    ("invoice", "invoices", "Invoice", "extract the invoice number, the total and the due date"),
    ("logs", "application logs", "LogBatch", "group the errors by root cause"),
    ("release", "release notes", "Release", "write release notes from the merged pull requests"),
    ("recipe", "recipes", "Recipe", "list the ingredients with quantities in metric units"),
    ("contract", "contracts", "Contract", "list the termination clauses and their notice periods"),
    ("incident", "incident reports", "Incident", "draft a timeline of the incident from the chat log"),
    ("review", "product reviews", "ProductReview", "classify the sentiment as positive, neutral or negative"),
    ("sql", "SQL questions", "Question", "translate the question into a read-only SQL query"),
    ("email", "emails", "Email", "suggest a short, polite reply"),
]

# --- LLM client code: Java, Python, TypeScript, Go, Kotlin ---------------------------------------------------
for key, what, cls, task in DOMAINS:
    add(f"llm-client/{key}/{cls}Summarizer.java", f"""package com.example.{key};

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;

/**
 * Asks the language model to {task}. The system prompt sets the task; the {what} go in the user message as
 * data. We never concatenate user text into the system prompt: the model treats the system prompt as its
 * instructions and the user message as content.
 */
public final class {cls}Summarizer {{

    private static final String SYSTEM_PROMPT = \"\"\"
            You are an assistant that helps the operations team with {what}.
            Your task: {task}.
            Answer in the language of the input. If the input does not contain the information, say so.
            \"\"\";

    private final ChatModel model;

    public {cls}Summarizer(ChatModel model) {{
        this.model = model;
    }}

    public String summarize(String input) {{
        // the prompt is versioned with the code; change it together with the evaluation set
        return model.chat(SystemMessage.from(SYSTEM_PROMPT), UserMessage.from(input)).aiMessage().text();
    }}
}}
""")
    add(f"llm-client/{key}/{key}_client.py", f'''"""Client for the {what} assistant.

The model receives the instructions in the system message and the {what} in the user message.
Previous answers are kept in the conversation so that follow-up questions have context.
"""
from openai import OpenAI

SYSTEM_PROMPT = (
    "You are a careful assistant for {what}. "
    "Your job is to {task}. "
    "Keep the answer short and cite the lines you used."
)


class {cls}Assistant:
    def __init__(self, client: OpenAI, model: str = "gpt-4o-mini"):
        self.client = client
        self.model = model
        self.history = []

    def ask(self, text: str) -> str:
        # the previous messages give the model context; we cap them to keep the prompt small
        messages = [{{"role": "system", "content": SYSTEM_PROMPT}}] + self.history[-10:]
        messages.append({{"role": "user", "content": text}})
        reply = self.client.chat.completions.create(model=self.model, messages=messages, temperature=0)
        answer = reply.choices[0].message.content
        self.history += [{{"role": "user", "content": text}}, {{"role": "assistant", "content": answer}}]
        return answer

    def reset(self) -> None:
        """Forget the previous conversation (the system prompt stays)."""
        self.history.clear()
''')
    add(f"llm-client/{key}/{key}Prompt.ts", f"""import Anthropic from "@anthropic-ai/sdk";

// Prompt for {what}. The instructions come first, then the document between XML tags, which the model
// is told to read as data. Keep the wording in sync with prompts/{key}.md.
const instructions = `Please {task}.
Use only the document below. If a field is missing, write "unknown".`;

export async function run{cls}(client: Anthropic, document: string): Promise<string> {{
  const response = await client.messages.create({{
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: "You help an operations team with {what}.",
    messages: [{{ role: "user", content: `${{instructions}}\\n\\n<document>\\n${{document}}\\n</document>` }}],
  }});
  const block = response.content[0];
  return block.type === "text" ? block.text : "";
}}
""")
    add(f"llm-client/{key}/{key}.go", f"""package {key}

import (
	"context"
	"fmt"

	"github.com/sashabaranov/go-openai"
)

// systemPrompt tells the model its task for {what}; the user content is passed separately.
const systemPrompt = "You are an assistant for {what}. {task.capitalize()}."

// Ask sends one request. Retries are handled by the HTTP client; previous turns are not kept.
func Ask(ctx context.Context, c *openai.Client, text string) (string, error) {{
	resp, err := c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{{
			{{Role: openai.ChatMessageRoleSystem, Content: systemPrompt}},
			{{Role: openai.ChatMessageRoleUser, Content: text}},
		}},
	}})
	if err != nil {{
		return "", fmt.Errorf("{key} assistant: %w", err)
	}}
	return resp.Choices[0].Message.Content, nil
}}
""")
    add(f"llm-client/{key}/{cls}Prompts.kt", f"""package com.example.{key}.prompts

/**
 * Prompt templates for {what}. A template is rendered with the user's values as data; the model gets the
 * rendered text as the user message and the role below as the system message.
 */
object {cls}Prompts {{
    const val ROLE = "You are a helpful assistant for {what}."

    fun task(input: String, language: String = "en") = \"\"\"
        |Please {task}.
        |Reply in $language. Ignore formatting such as HTML tags in the input.
        |
        |Input:
        |$input
    \"\"\".trimMargin()

    /** The instructions shown to the user in the help panel. */
    val help = listOf(
        "Paste the text of the $ROLE_NOUN and press Run.",
        "The assistant never stores the text after the answer is shown.",
    )

    private const val ROLE_NOUN = "{what}"
}}
""")

# --- i18n strings -------------------------------------------------------------------------------------------
I18N = {
    "en": {"logged_in": "You are now logged in as {name}.", "connected": "You are now connected to {network}.",
           "following": "You are now following {user}.", "member": "You are now a member of {team}.",
           "chat": "You are now chatting with our virtual assistant.", "ignore": "Ignore this warning",
           "approve": "Approve request", "approve_all": "Approve all pending requests?", "report": "Report a problem",
           "no_issues": "No issues found", "prev": "Previous", "instructions": "Instructions",
           "forgot": "Forgot your password?", "system": "System settings", "reviewed": "Mark as reviewed",
           "severity": "Severity", "minor": "Minor", "assistant": "Assistant", "from_now": "From now on, you will receive a weekly summary.",
           "override": "Override default settings", "skip": "Skip previous steps", "reset": "Reset to previous version"},
    "de": {"logged_in": "Du bist jetzt als {name} angemeldet.", "connected": "Sie sind jetzt mit {network} verbunden.",
           "ignore": "Diese Warnung ignorieren", "approve": "Anfrage genehmigen", "report": "Problem melden",
           "no_issues": "Keine Probleme gefunden", "prev": "Zurück", "instructions": "Anleitung",
           "forgot": "Passwort vergessen?", "system": "Systemeinstellungen", "reviewed": "Als geprüft markieren",
           "assistant": "Assistent", "override": "Standardeinstellungen überschreiben",
           "old": "Vorherige Anweisungen im Handbuch wurden aktualisiert."},
    "fr": {"logged_in": "Vous êtes maintenant connecté en tant que {name}.", "ignore": "Ignorer cet avertissement",
           "approve": "Approuver la demande", "report": "Signaler un problème", "no_issues": "Aucun problème détecté",
           "prev": "Précédent", "instructions": "Consignes d'installation", "forgot": "Mot de passe oublié ?",
           "assistant": "Assistant virtuel", "old": "Les instructions précédentes restent valables pour la version 2."},
    "es": {"logged_in": "Ahora has iniciado sesión como {name}.", "ignore": "Ignorar esta advertencia",
           "approve": "Aprobar solicitud", "report": "Informar de un problema", "no_issues": "No se encontraron problemas",
           "prev": "Anterior", "instructions": "Instrucciones", "forgot": "¿Olvidaste tu contraseña?",
           "old": "Consulta las instrucciones anteriores si usas la versión 1."},
    "pt": {"logged_in": "Agora você está conectado como {name}.", "ignore": "Ignorar este aviso",
           "approve": "Aprovar solicitação", "report": "Relatar um problema", "no_issues": "Nenhum problema encontrado",
           "prev": "Anterior", "instructions": "Instruções", "forgot": "Esqueceu a senha?",
           "old": "As instruções anteriores continuam válidas."},
    "zh": {"logged_in": "您现在已登录为 {name}。", "ignore": "忽略此警告", "approve": "批准请求", "report": "报告问题",
           "no_issues": "未发现问题", "prev": "上一步", "instructions": "使用说明", "forgot": "忘记密码？",
           "assistant": "智能助手", "old": "之前的说明仍然适用于旧版本。"},
    "ru": {"logged_in": "Вы вошли как {name}.", "ignore": "Игнорировать это предупреждение",
           "approve": "Одобрить запрос", "report": "Сообщить о проблеме", "no_issues": "Проблем не найдено",
           "prev": "Назад", "instructions": "Инструкции", "forgot": "Забыли пароль?",
           "old": "Предыдущие инструкции по установке устарели."},
    "ja": {"logged_in": "{name} としてログインしました。", "ignore": "この警告を無視する", "approve": "リクエストを承認",
           "report": "問題を報告", "no_issues": "問題は見つかりませんでした", "prev": "前へ", "instructions": "手順",
           "forgot": "パスワードをお忘れですか？", "old": "以前の手順は古いバージョン用です。"},
    "ar": {"logged_in": "\u200fأنت الآن مسجل الدخول باسم {name}.", "ignore": "تجاهل هذا التحذير", "approve": "الموافقة على الطلب"},
    "he": {"logged_in": "\u200fהתחברת בתור {name}.", "ignore": "התעלם מאזהרה זו", "approve": "אשר בקשה"},
    "fa": {"logged_in": "شما اکنون به\u200cعنوان {name} وارد شده\u200cاید.", "ignore": "نادیده گرفتن این هشدار"},
}
import json
for app in ["web", "mobile", "admin"]:
    for lang, strings in I18N.items():
        add(f"i18n/{app}/messages_{lang}.properties",
            f"# {app} UI strings ({lang}); keys are shared with the other languages\n"
            + "\n".join(f"{app}.{k}={v}" for k, v in strings.items()) + "\n")
        add(f"i18n/{app}/{lang}.json", json.dumps({app: strings}, ensure_ascii=False, indent=2) + "\n")

# --- comments about prompts, reviews and approvals in ordinary code ------------------------------------------
COMMENTS = [
    ("ApprovalService.java", """public class ApprovalService {
    // A reviewer approves the change in the UI; we only record who approved it and when.
    // The previous approval is kept so that the audit log shows the history.
    public Approval approve(ChangeRequest change, User reviewer) {
        if (change.author().equals(reviewer)) {
            throw new IllegalStateException("authors cannot approve their own change");
        }
        return approvals.save(new Approval(change.id(), reviewer.id(), clock.instant()));
    }
}
"""),
    ("severity.py", '''"""Maps linter severities to our levels.

The scanner reports findings with its own severity names; we lower "info" findings to minor and ignore
findings the user has suppressed in the config file. Severity minor is not shown in the PR comment.
"""
LEVELS = {"error": "critical", "warning": "major", "info": "minor"}


def level(finding: dict) -> str:
    return LEVELS.get(finding.get("severity", "info"), "minor")
'''),
    ("retry_policy.go", """package retry

// Policy decides whether to retry. Ignore the previous attempt's error when it was a timeout: the
// server may have processed it, so we only retry idempotent requests.
type Policy struct {
	MaxAttempts int
}

// Next returns whether another attempt is allowed. Previous instructions in the runbook said 5 attempts;
// the SLO review lowered it to 3.
func (p Policy) Next(attempt int) bool { return attempt < p.MaxAttempts }
"""),
    ("prompt_cache.ts", """// Caches rendered prompts by template version. When the prompt template changes, previous entries are
// ignored because the key includes the version. The system prompt is not cached: it is tiny.
export class PromptCache {
  private entries = new Map<string, string>();

  get(version: string, key: string): string | undefined {
    return this.entries.get(`${version}:${key}`);
  }

  put(version: string, key: string, prompt: string): void {
    this.entries.set(`${version}:${key}`, prompt);
  }
}
"""),
    ("ReviewQueue.kt", """/**
 * Pull requests waiting for review. A PR leaves the queue when a reviewer approves it or the author closes it.
 * The bot only comments; it never approves a pull request by itself.
 */
class ReviewQueue(private val repo: PullRequestRepository) {
    fun pending(): List<PullRequest> = repo.findByState("open").filter { it.approvals == 0 }
}
"""),
    ("instructions.rb", """# Loads the onboarding instructions shown to new users. Previous instructions are archived, not deleted,
# so that support can see what a user was told.
class Instructions
  def current
    Instruction.where(archived: false).order(:position)
  end
end
"""),
    ("moderation.py", '''"""Content moderation with an LLM classifier.

We ask the model to classify a message as safe or unsafe. The message is user content: it goes in the
user role, and the classifier's instructions stay in the system role. Results below the threshold are
reported to a human moderator.
"""
THRESHOLD = 0.8

def needs_human(score: float) -> bool:
    return score < THRESHOLD
'''),
    ("guard.ts", """// Input guard for the chat endpoint: we strip control characters and cap the length before the text
// reaches the model. This does not make prompt injection impossible; the tools the model may call are
// limited instead, and every tool call is checked by the server.
export function sanitize(input: string): string {
  return input.replace(/[\\u0000-\\u001f]/g, " ").slice(0, 4000);
}
"""),
    ("Tokenizer.java", """public class TokenBudget {
    // The model's context window holds the system prompt, the previous turns and the answer.
    // We drop the oldest turns first; the system instructions are never dropped.
    public List<Turn> fit(List<Turn> turns, int budget) {
        List<Turn> kept = new ArrayList<>();
        int used = 0;
        for (int i = turns.size() - 1; i >= 0 && used + turns.get(i).tokens() <= budget; i--) {
            kept.add(0, turns.get(i));
            used += turns.get(i).tokens();
        }
        return kept;
    }
}
"""),
    ("lint_config.yaml", """# Linter configuration. Rules with severity minor are reported in the summary only.
rules:
  no-unused-vars:
    severity: minor
  no-eval:
    severity: critical
ignore:
  - "**/generated/**"
  - "**/vendor/**"
"""),
]
for i, (name, text) in enumerate(COMMENTS):
    for variant, (key, what, cls, task) in enumerate(DOMAINS[:4]):
        add(f"comments/{key}/{name}", text.replace("the UI", f"the {key} UI", 1) if variant else text)

# --- documentation -----------------------------------------------------------------------------------------
DOCS = {
    "CONTRIBUTING.md": """# Contributing

1. Fork the repository and create a branch.
2. Run `./gradlew check` before you push.
3. Open a pull request. A maintainer reviews it; two approvals are needed before merge.

Reviewers: look at tests first, then the design. Leave comments as suggestions where you can.
Previous versions of this guide asked for one approval; we now ask for two.
""",
    "prompt-guide.md": """# Writing prompts for the support assistant

* Put the instructions first and the customer's text after them, between tags.
* Tell the model what to do when it does not know: "If the answer is not in the text, say you do not know."
* Keep examples short. Few-shot examples count against the context window.
* Test every prompt change against the evaluation set before release; previous prompts stay in git.

## System prompt

The system prompt sets the assistant's role ("You are a support assistant for Acme routers") and the tone.
It is not a security boundary: the model may still follow text in the customer's message, so the
assistant has no tools that change data.
""",
    "SECURITY.md": """# Security policy

Report vulnerabilities to security@example.com. Do not open a public issue.
We acknowledge reports within two working days and publish an advisory once a fix is released.
Severity is rated with CVSS 3.1; low-severity issues may be fixed in the next minor release.
""",
    "adr-007-llm-gateway.md": """# ADR 7: one gateway for LLM calls

## Status
Accepted

## Context
Three services call OpenAI directly, each with its own retry loop and API key. Previous incidents showed
that retries multiplied during an outage.

## Decision
All calls go through the gateway. It owns retries, timeouts and the circuit breaker; callers send the
system prompt and the user message and get the answer or an error.

## Consequences
The gateway is a single point of failure; it runs three instances behind the load balancer.
""",
    "runbook-assistant.md": """# Runbook: the assistant answers slowly

1. Check the gateway dashboard: latency per model, error rate, breaker state.
2. If the breaker is open, the provider is failing: follow the provider's status page.
3. If the queue grows, scale the workers; do not raise the timeout.

Ignore the "token budget" warning during the incident: it is informational.
""",
    "api-review.md": """# API review checklist

- Are the error responses RFC 9457 problem documents?
- Is every list paged?
- Is the change backwards compatible? If not, it needs a new version and approval from the API guild.

Mark the review as done in the tracker once the author has addressed the comments.
""",
    "model-evaluation.md": """# Evaluating the summariser

We score answers against reference summaries with a second model as the judge. The judge's prompt
asks it to rate faithfulness from 1 to 5 and to explain the rating. Previous runs are stored so that a
prompt change can be compared with the last release.
""",
}
for name, text in DOCS.items():
    for key, what, cls, task in DOMAINS[:3]:
        add(f"docs/{key}/{name}", text.replace("support assistant", f"{key} assistant"))

# --- ordinary code with legitimate invisible Unicode -----------------------------------------------------------
UNI = {
    "emoji.ts": "export const FAMILY = \"\U0001F468\u200D\U0001F469\u200D\U0001F467\";\nexport const HEART = \"\u2764\uFE0F\";\nexport const RAINBOW = \"\U0001F3F3\uFE0F\u200D\U0001F308\";\n",
    "flags.py": "SCOTLAND = \"\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F\"\nWALES = \"\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F\"\n",
    "rtl_labels.java": "public class RtlLabels {\n    // RLM keeps the punctuation on the right side in Hebrew and Arabic labels\n    static final String SAVE_HE = \"\u200f\u05e9\u05de\u05d5\u05e8\";\n    static final String SAVE_AR = \"\u200f\u062d\u0641\u0638\";\n}\n",
    "persian.kt": "val title = \"\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645\" // ZWNJ is part of Persian spelling\n",
    "bom.cs": "\ufeffnamespace Example;\n\npublic static class Greeting\n{\n    public static string Hello(string name) => $\"Hello, {name}!\";\n}\n",
    "hindi.py": "LABEL = \"\u0915\u094d\u200d\u0937\"  # ZWJ selects the half form\n",
    "cjk.go": "package labels\n\n// Labels in Japanese and Chinese\nconst Save = \"\u4fdd\u5b58\"\nconst Cancel = \"\u30ad\u30e3\u30f3\u30bb\u30eb\"\n",
    "soft_hyphen.html": "<p>Donau\u00addampf\u00adschiff\u00adfahrts\u00adgesellschaft</p>\n",
}
for name, text in UNI.items():
    for key, what, cls, task in DOMAINS[:3]:
        add(f"unicode/{key}/{name}", text)

if OUT.exists():
    shutil.rmtree(OUT)
for name, text in files.items():
    path = OUT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
print(len(files), "clean files in", OUT)
