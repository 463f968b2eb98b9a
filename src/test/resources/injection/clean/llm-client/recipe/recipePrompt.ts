import Anthropic from "@anthropic-ai/sdk";

// Prompt for recipes. The instructions come first, then the document between XML tags, which the model
// is told to read as data. Keep the wording in sync with prompts/recipe.md.
const instructions = `Please list the ingredients with quantities in metric units.
Use only the document below. If a field is missing, write "unknown".`;

export async function runRecipe(client: Anthropic, document: string): Promise<string> {
  const response = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: "You help an operations team with recipes.",
    messages: [{ role: "user", content: `${instructions}\n\n<document>\n${document}\n</document>` }],
  });
  const block = response.content[0];
  return block.type === "text" ? block.text : "";
}
