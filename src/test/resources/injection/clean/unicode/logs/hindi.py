LABEL = "क्‍ष"  # ZWJ selects the half form
