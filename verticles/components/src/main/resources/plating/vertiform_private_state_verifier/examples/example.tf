# Round-trips a secret through encrypted private state (needs VERTIFORM_PRIVATE_STATE_SECRET).
resource "vertiform_private_state_verifier" "check" {
  input_value = "round-trip"
}

output "decrypted" {
  # "SECRET_FOR_ROUND-TRIP" when private state survived plan -> apply.
  value = vertiform_private_state_verifier.check.decrypted_token
}
