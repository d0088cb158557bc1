vim.opt.termguicolors = true
vim.opt.number = true
vim.opt.signcolumn = 'yes'
vim.opt.completeopt = 'menuone,noinsert'
vim.api.nvim_create_autocmd("FileType", { pattern = "markdown", callback = function(args)
  local client = vim.lsp.start_client({ name = "quire", cmd = { "java", "-jar", "/work/main/language-server/target/quire-language-server.jar" },
    root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(args.buf, client)
  vim.bo[args.buf].omnifunc = 'v:lua.vim.lsp.omnifunc'
end })
