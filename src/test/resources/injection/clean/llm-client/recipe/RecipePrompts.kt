package com.example.recipe.prompts

/**
 * Prompt templates for recipes. A template is rendered with the user's values as data; the model gets the
 * rendered text as the user message and the role below as the system message.
 */
object RecipePrompts {
    const val ROLE = "You are a helpful assistant for recipes."

    fun task(input: String, language: String = "en") = """
        |Please list the ingredients with quantities in metric units.
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

    private const val ROLE_NOUN = "recipes"
}
