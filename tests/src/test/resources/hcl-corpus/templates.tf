locals {
  greeting = "Hello, %{ if var.enabled }enabled%{ else }disabled%{ endif } world!"
  list_out = <<EOT
%{ for name in ["a", "b", "c"] ~}
- ${upper(name)}
%{ endfor ~}
EOT
  escaped  = "Literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "Grüße, 世界 👩‍👩‍👧 é"
  numbers  = [0, -1, 1.5, 1e3, 3.14159265358979323846264338327950288419716939937510582097494459]
  math     = (1 + 2) * 3 / 4 % 5 - -6
  compare  = 1 < 2 && 2 <= 2 || !(3 > 4) && 5 >= 5 && 6 != 7 && 8 == 8
  nested   = { a = { b = [{ c = "deep" }] } }
  pick     = local.nested.a.b[0].c
  legacy   = local.numbers.0
  splat    = [{ id = 1 }, { id = 2 }].*.id
}
