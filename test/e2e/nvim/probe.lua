-- probe.lua: headless Neovim (0.7+) as a second, independent LSP client of dist/server.js (the project's copy of the
-- editor harness's lsp-probe.lua). test/e2e/nvim-probes.mjs starts it once per file with the checks in LSP_PROBE_* variables.
--   LSP_PROBE_CMD_N, LSP_PROBE_CMD_1..N  the server command, one argument each
--   LSP_PROBE_FILE              the file to open (absolute path)
--   LSP_PROBE_ROOT              workspace root (default: the file's folder)
--   LSP_PROBE_EXPECT_DIAG       a diagnostic message must contain this ('' = any diagnostic, 'none' = skip)
--   LSP_PROBE_HOVER             hover inside the first occurrence of this text
--   LSP_PROBE_EXPECT_HOVER      the hover must contain this
--   LSP_PROBE_COMPLETE_AT       'LINE:COL' (0-based, LSP style) or a text (the position right after it)
--   LSP_PROBE_EXPECT_COMPLETION the completion list must have an item with this label
--   LSP_PROBE_FIX               '1': ask for quick fixes on the diagnostic and apply one
--   LSP_PROBE_EXPECT_FIX        apply the action whose title contains this (default: the first)
--   LSP_PROBE_TIMEOUT_MS        how long to wait for diagnostics (default 15000)
-- It prints one PASS/FAIL line per check and `N passed, N failed`. It exits 0 only if nothing
-- failed, through :cquit 1 otherwise.
local env = function(k, default)
  local v = os.getenv(k)
  if v == nil then return default end
  return v
end
local uv = vim.uv or vim.loop
local t0 = uv.hrtime()
local passes, failures = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function short(s) return (tostring(s or ''):gsub('%s+', ' ')):sub(1, 160) end
local function check(ok, what, detail)
  out(string.format('[%dms] %s %s%s', (uv.hrtime() - t0) / 1e6, ok and 'PASS' or 'FAIL', what,
    detail and detail ~= '' and (': ' .. short(detail)) or ''))
  if ok then passes = passes + 1 else failures = failures + 1 end
end
local function contains(s, sub) return s ~= nil and string.find(s, sub, 1, true) ~= nil end

local file = env('LSP_PROBE_FILE')
local cmd = {}
for i = 1, tonumber(env('LSP_PROBE_CMD_N', '0')) do cmd[i] = env('LSP_PROBE_CMD_' .. i) end
local timeout = tonumber(env('LSP_PROBE_TIMEOUT_MS', '15000'))

-- Keep the LSP-shaped diagnostics as published: a codeAction context needs them, and
-- vim.diagnostic.get() returns Neovim's own shape.
local raw = {}
local handlers = {
  ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    raw[result.uri] = result.diagnostics
    return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
  end,
}

-- 0-based LSP position (UTF-16 columns) of a text in the buffer: at its start + `into` bytes,
-- or right after it when `into` is nil.
local function find_pos(bufnr, text, into)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s, e = string.find(line, text, 1, true)
    if s then
      local byte = into and math.min(s - 1 + into, e) or e
      local _, col = vim.str_utfindex(line, byte)
      return { line = i - 1, character = col }
    end
  end
  return nil
end

local function hover_text(h)
  if not h or not h.contents then return '' end
  local c = h.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, x in ipairs(c) do parts[#parts + 1] = type(x) == 'string' and x or x.value end
  return table.concat(parts, '\n')
end

local client_id
local function request(bufnr, method, params)
  local res, err = vim.lsp.buf_request_sync(bufnr, method, params, 5000)
  if not res then return nil, err or 'no response' end
  local r = res[client_id]
  if not r then return nil, 'no response from the client' end
  if r.err or r.error then return nil, vim.inspect(r.err or r.error) end
  return r.result
end

local function main()
  if not file or #cmd == 0 then error('LSP_PROBE_FILE and LSP_PROBE_CMD_* are required; use test/e2e/nvim-probes.mjs') end
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  client_id = vim.lsp.start_client({
    name = 'lsp-probe', cmd = cmd, root_dir = env('LSP_PROBE_ROOT', vim.fn.fnamemodify(file, ':h')), handlers = handlers,
  })
  check(client_id ~= nil, 'server process started', table.concat(cmd, ' '))
  if not client_id then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local inited = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  check(inited, 'initialize answered')
  if not inited then return end

  -- diagnostics
  local expect_diag = env('LSP_PROBE_EXPECT_DIAG', '')
  local diag
  if expect_diag ~= 'none' then
    vim.wait(timeout, function()
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        if expect_diag == '' or contains(d.message, expect_diag) then diag = d; return true end
      end
      return false
    end, 20)
    check(diag ~= nil, 'diagnostic published', diag and string.format('line %d col %d: %s', diag.lnum + 1, diag.col + 1, diag.message)
      or string.format('%d diagnostic(s) after %d ms%s', #vim.diagnostic.get(bufnr), timeout,
        expect_diag ~= '' and (', none containing ' .. expect_diag) or ''))
  end

  -- hover
  local hover_at = env('LSP_PROBE_HOVER')
  if hover_at then
    local pos = find_pos(bufnr, hover_at, 1)
    if not pos then check(false, 'hover', 'text not found: ' .. hover_at) else
      local res, err = request(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos })
      local text = hover_text(res)
      local want = env('LSP_PROBE_EXPECT_HOVER')
      check(text ~= '' and (not want or contains(text, want)), 'hover on ' .. hover_at, err or text)
    end
  end

  -- completion
  local at = env('LSP_PROBE_COMPLETE_AT')
  if at then
    local l, c = at:match('^(%d+):(%d+)$')
    local pos = l and { line = tonumber(l), character = tonumber(c) } or find_pos(bufnr, at, nil)
    if not pos then check(false, 'completion', 'text not found: ' .. at) else
      local res, err = request(bufnr, 'textDocument/completion',
        { textDocument = { uri = uri }, position = pos, context = { triggerKind = 1 } })
      local items = res and (res.items or res) or {}
      local labels = {}
      for _, it in ipairs(items) do labels[#labels + 1] = type(it.label) == 'string' and it.label or vim.inspect(it.label) end
      local want = env('LSP_PROBE_EXPECT_COMPLETION')
      check(#labels > 0 and (not want or vim.tbl_contains(labels, want)),
        string.format('completion at %d:%d', pos.line, pos.character), err or (#labels .. ' items: ' .. table.concat(labels, ',')))
    end
  end

  -- quick fix on the diagnostic
  if env('LSP_PROBE_FIX') == '1' then
    local lsp_diags = raw[uri] or {}
    local target
    for _, d in ipairs(lsp_diags) do
      if not diag or (d.range.start.line == diag.lnum and d.message == diag.message) then target = d; break end
    end
    if not target then check(false, 'code action', 'no diagnostic to fix') else
      local res, err = request(bufnr, 'textDocument/codeAction', {
        textDocument = { uri = uri }, range = target.range,
        context = { diagnostics = { target }, only = { 'quickfix' } },
      })
      local want = env('LSP_PROBE_EXPECT_FIX')
      local action, titles = nil, {}
      for _, a in ipairs(res or {}) do
        titles[#titles + 1] = a.title
        if not action and (not want or contains(a.title, want)) then action = a end
      end
      check(action ~= nil, 'code action offered', err or table.concat(titles, ' | '))
      if action then
        local client = vim.lsp.get_client_by_id(client_id)
        if not action.edit and not action.command and action.data then
          action = request(bufnr, 'codeAction/resolve', action) or action
        end
        local tick = vim.api.nvim_buf_get_changedtick(bufnr)
        local before = #vim.diagnostic.get(bufnr)
        if action.edit then vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16') end
        local command = type(action.command) == 'table' and action.command or (type(action.command) == 'string' and action) or nil
        if command then
          request(bufnr, 'workspace/executeCommand', { command = command.command, arguments = command.arguments })
        end
        vim.wait(2000, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 20)
        local line = vim.api.nvim_buf_get_lines(bufnr, target.range.start.line, target.range.start.line + 1, false)[1]
        check(vim.api.nvim_buf_get_changedtick(bufnr) ~= tick, 'quick fix applied', 'line ' .. (target.range.start.line + 1) .. ' is now: ' .. (line or ''))
        -- The buffer change reaches the server as didChange; it must drop the fixed diagnostic.
        local fewer = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) < before end, 20)
        check(fewer, 'diagnostic cleared after the fix', string.format('%d -> %d diagnostic(s)', before, #vim.diagnostic.get(bufnr)))
      end
    end
  end
end

-- An error inside -c would leave headless nvim running for ever: catch everything and always quit.
local ok, err = xpcall(main, debug.traceback)
if not ok then check(false, 'lua error', err) end
if client_id then vim.lsp.stop_client(client_id, true) end
out(string.format('%d passed, %d failed', passes, failures))
vim.cmd(failures == 0 and 'qa!' or 'cquit 1')
