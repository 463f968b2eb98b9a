import Anthropic from "@anthropic-ai/sdk";

// Prompt for invoices. The instructions come first, then the document between XML tags, which the model
// is told to read as data. Keep the wording in sync with prompts/invoice.md.
const instructions = `Please extract the invoice number, the total and the due date.
Use only the document below. If a field is missing, write "unknown".`;

export async function runInvoice(client: Anthropic, document: string): Promise<string> {
  const response = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: "You help an operations team with invoices.",
    messages: [{ role: "user", content: `${instructions}\n\n<document>\n${document}\n</document>` }],
  });
  const block = response.content[0];
  return block.type === "text" ? block.text : "";
}
