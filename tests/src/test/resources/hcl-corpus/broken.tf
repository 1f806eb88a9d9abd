broken "block" {
  a = [1, 2
  b = "unterminated
}
