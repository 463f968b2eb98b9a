// Caches rendered prompts by template version. When the prompt template changes, previous entries are
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
