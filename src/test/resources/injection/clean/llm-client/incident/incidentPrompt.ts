import Anthropic from "@anthropic-ai/sdk";

// Prompt for incident reports. The instructions come first, then the document between XML tags, which the model
// is told to read as data. Keep the wording in sync with prompts/incident.md.
const instructions = `Please draft a timeline of the incident from the chat log.
Use only the document below. If a field is missing, write "unknown".`;

export async function runIncident(client: Anthropic, document: string): Promise<string> {
  const response = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: "You help an operations team with incident reports.",
    messages: [{ role: "user", content: `${instructions}\n\n<document>\n${document}\n</document>` }],
  });
  const block = response.content[0];
  return block.type === "text" ? block.text : "";
}
