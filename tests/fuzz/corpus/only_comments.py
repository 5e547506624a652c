# nothing

   # indented comment
