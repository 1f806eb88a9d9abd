variable "project" {
  type        = string
  description = "Project name, used as a prefix."
  default     = "demo"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*$", var.project))
    error_message = "The project name must be lowercase letters, digits and dashes."
  }
}

variable "enabled" {
  type    = bool
  default = true
}

variable "settings" {
  type = object({
    size     = optional(number, 2)
    zones    = list(string)
    metadata = map(string)
    extra    = optional(tuple([string, number]))
  })
  default = {
    zones    = ["a", "b"]
    metadata = {}
  }
}

variable "user_data" {
  type    = string
  default = <<-EOT
    #!/bin/sh
    echo "hello from $(hostname)"
      indented line
    echo "${"$"}{HOME}"
  EOT
}
