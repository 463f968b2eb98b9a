// build 😀󠄀󠄁󠄂󠄃󠄄󠄅󠄆󠄇󠄈󠄉󠄊󠄋 helper
function run(expr) {
  return eval(expr);
}
