package com.example.logs.prompts

/**
 * Prompt templates for application logs. A template is rendered with the user's values as data; the model gets the
 * rendered text as the user message and the role below as the system message.
 */
object LogBatchPrompts {
    const val ROLE = "You are a helpful assistant for application logs."

    fun task(input: String, language: String = "en") = """
        |Please group the errors by root cause.
        |Reply in $language. Ignore formatting such as HTML tags in the input.
        |
        |Input:
        |$input
    """.trimMargin()

    /** The instructions shown to the user in the help panel. */
    val help = listOf(
        "Paste the text of the $ROLE_NOUN and press Run.",
        "The assistant never stores the text after the answer is shown.",
    )

    private const val ROLE_NOUN = "application logs"
}
