"""Client for the emails assistant.

The model receives the instructions in the system message and the emails in the user message.
Previous answers are kept in the conversation so that follow-up questions have context.
"""
from openai import OpenAI

SYSTEM_PROMPT = (
    "You are a careful assistant for emails. "
    "Your job is to suggest a short, polite reply. "
    "Keep the answer short and cite the lines you used."
)


class EmailAssistant:
    def __init__(self, client: OpenAI, model: str = "gpt-4o-mini"):
        self.client = client
        self.model = model
        self.history = []

    def ask(self, text: str) -> str:
        # the previous messages give the model context; we cap them to keep the prompt small
        messages = [{"role": "system", "content": SYSTEM_PROMPT}] + self.history[-10:]
        messages.append({"role": "user", "content": text})
        reply = self.client.chat.completions.create(model=self.model, messages=messages, temperature=0)
        answer = reply.choices[0].message.content
        self.history += [{"role": "user", "content": text}, {"role": "assistant", "content": answer}]
        return answer

    def reset(self) -> None:
        """Forget the previous conversation (the system prompt stays)."""
        self.history.clear()
