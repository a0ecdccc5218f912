-- A mixed load on `entwine serve`: of every 20 requests, 9 read a portfolio, 9 an assessment and 2 write
-- a contact (a new record, through POST /api/records, with the headers a write must carry).
-- FOCAL is the actor read; PAIR the two actors the writes are about (env WRITE_FROM, WRITE_TO).
-- Run: wrk -t2 -c50 -d60s --latency -s bench/mixed.lua http://127.0.0.1:7111
local focal = os.getenv("FOCAL") or "VNM"
local from = os.getenv("WRITE_FROM") or "LAO"
local to = os.getenv("WRITE_TO") or "KHM"
local source = os.getenv("WRITE_SOURCE") or "paper-thai-2013"
local counter = 0
local thread_id = 0

local threads = {}
function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local k = counter % 20
  if k < 9 then
    return wrk.format("GET", "/api/actors/" .. focal .. "/portfolio?asOf=2024-12-31")
  elseif k < 18 then
    return wrk.format("GET", "/api/actors/" .. focal .. "/assessment?asOf=2024-12-31")
  end
  local body = string.format('{"entwine": 1, "contacts": [{"id": "bench-%s-%d-%d", "date": "2024-01-01", "from": "%s", '
    .. '"to": "%s", "level": "OFFICIAL", "title": "A benchmark write", "sources": ["%s"]}]}',
    os.time(), id or 0, counter, from, to, source)
  return wrk.format("POST", "/api/records", {["Content-Type"] = "application/json", ["X-Entwine-Request"] = "1"}, body)
end

-- each thread counts its answers by status; done() adds them up (a write answered 201 must be in the store)
statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d, read %d, write %d, status %d, timeout %d\n", summary.requests,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("status %d: %d answers\n", status, n)) end
end
