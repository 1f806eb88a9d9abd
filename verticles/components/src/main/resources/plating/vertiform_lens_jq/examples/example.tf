locals {
  inventory = jsonencode({
    servers = [
      { name = "web-1", role = "web", cpus = 2 },
      { name = "web-2", role = "web", cpus = 4 },
      { name = "db-1", role = "db", cpus = 8 },
    ]
  })
}

data "vertiform_lens_jq" "web_servers" {
  json_input = local.inventory
  query      = "[.servers[] | select(.role == \"web\") | .name]"
}

data "vertiform_lens_jq" "total_cpus" {
  json_input = local.inventory
  query      = "[.servers[].cpus] | add"
}

output "web_server_names" {
  value = data.vertiform_lens_jq.web_servers.result_value # ["web-1", "web-2"]
}

output "total_cpus_json" {
  value = data.vertiform_lens_jq.total_cpus.result # "14"
}
