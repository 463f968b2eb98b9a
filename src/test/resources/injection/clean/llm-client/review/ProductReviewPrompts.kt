package com.example.review.prompts

/**
 * Prompt templates for product reviews. A template is rendered with the user's values as data; the model gets the
 * rendered text as the user message and the role below as the system message.
 */
object ProductReviewPrompts {
    const val ROLE = "You are a helpful assistant for product reviews."

    fun task(input: String, language: String = "en") = """
        |Please classify the sentiment as positive, neutral or negative.
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

    private const val ROLE_NOUN = "product reviews"
}
