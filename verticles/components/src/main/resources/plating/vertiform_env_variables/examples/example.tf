# Read chosen variables of the shell that runs terraform.
data "vertiform_env_variables" "home" {
  keys = ["HOME", "USER"]
}

# Everything starting with APP_, with the password kept out of plain output.
data "vertiform_env_variables" "app" {
  prefix         = "APP_"
  sensitive_keys = ["APP_DB_PASSWORD"]
}

output "home_directory" {
  value = data.vertiform_env_variables.home.values["HOME"]
}

output "app_settings" {
  value = data.vertiform_env_variables.app.values
}

output "db_password" {
  value     = data.vertiform_env_variables.app.sensitive_values["APP_DB_PASSWORD"]
  sensitive = true
}
