SCOTLAND = "🏴󠁧󠁢󠁳󠁣󠁴󠁿"
WALES = "🏴󠁧󠁢󠁷󠁬󠁳󠁿"
