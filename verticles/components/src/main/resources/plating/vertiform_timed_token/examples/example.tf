# Needs VERTIFORM_PRIVATE_STATE_SECRET in the environment: the token is kept in encrypted private state.
resource "vertiform_timed_token" "ci" {
  name = "ci-pipeline"
}

output "token_expires_at" {
  value = vertiform_timed_token.ci.expires_at
}

output "token" {
  value     = vertiform_timed_token.ci.token
  sensitive = true
}
