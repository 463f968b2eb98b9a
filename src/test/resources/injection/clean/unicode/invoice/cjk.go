package labels

// Labels in Japanese and Chinese
const Save = "保存"
const Cancel = "キャンセル"
