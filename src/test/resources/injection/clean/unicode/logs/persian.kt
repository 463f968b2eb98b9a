val title = "می‌خواهم" // ZWNJ is part of Persian spelling
