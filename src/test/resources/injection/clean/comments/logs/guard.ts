// Input guard for the chat endpoint: we strip control characters and cap the length before the text
// reaches the model. This does not make prompt injection impossible; the tools the model may call are
// limited instead, and every tool call is checked by the server.
export function sanitize(input: string): string {
  return input.replace(/[\u0000-\u001f]/g, " ").slice(0, 4000);
}
