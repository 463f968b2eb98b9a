# Loads the onboarding instructions shown to new users. Previous instructions are archived, not deleted,
# so that support can see what a user was told.
class Instructions
  def current
    Instruction.where(archived: false).order(:position)
  end
end
