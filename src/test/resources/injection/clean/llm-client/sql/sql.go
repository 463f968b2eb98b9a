package sql

import (
	"context"
	"fmt"

	"github.com/sashabaranov/go-openai"
)

// systemPrompt tells the model its task for SQL questions; the user content is passed separately.
const systemPrompt = "You are an assistant for SQL questions. Translate the question into a read-only sql query."

// Ask sends one request. Retries are handled by the HTTP client; previous turns are not kept.
func Ask(ctx context.Context, c *openai.Client, text string) (string, error) {
	resp, err := c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: systemPrompt},
			{Role: openai.ChatMessageRoleUser, Content: text},
		},
	})
	if err != nil {
		return "", fmt.Errorf("sql assistant: %w", err)
	}
	return resp.Choices[0].Message.Content, nil
}
