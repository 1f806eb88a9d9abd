output "lengths" {
  value = [
    provider::vertiform::length("héllo"),              # 5
    provider::vertiform::length("🇺🇸"),                 # 1: one grapheme cluster
    provider::vertiform::length(["a", "b", "c"]),      # 3
    provider::vertiform::length({ a = 1, b = 2 }),     # 2
  ]
}
