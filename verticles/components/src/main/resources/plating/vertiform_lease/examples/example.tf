# Held for the duration of one Terraform run: opened during plan and apply, renewed halfway through its
# duration, deleted when Terraform is done with it. A second run that tries to take the same lease while it
# is held fails with an error on `path`. Needs VERTIFORM_PRIVATE_STATE_SECRET in the environment (the lease's
# file and id travel in encrypted private data).
ephemeral "vertiform_lease" "deploy" {
  name     = "deploy"
  path     = ".locks/deploy.lease" # relative to the working directory; default "<name>.lease"
  duration = 600                   # seconds; default 300
}

locals {
  # Ephemeral values may flow into locals, provider blocks and write-only arguments, never into state.
  lease_summary = "lease ${ephemeral.vertiform_lease.deploy.lease_id} until ${ephemeral.vertiform_lease.deploy.expires_at}"
}
