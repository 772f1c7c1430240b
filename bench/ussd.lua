-- USSD load for wrk: each connection walks sessions of two hops (main menu, then "1" = the caller's
-- contracts, read from the database), with AT's form body; no hop is a resend. Callers rotate over PHONES
-- phones (environment, default 50: +254712000000 onwards, seeded with a contract each by the drivers).
local phones = tonumber(os.getenv("PHONES") or "50")
local counter = 0
local thread_id = 0

setup = function(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

request = function()
  counter = counter + 1
  local session = math.floor((counter + 1) / 2)
  local text = (counter % 2 == 1) and "" or "1"
  local phone = string.format("%%2B254712%06d", session % phones)
  local body = "sessionId=bench-" .. id .. "-" .. session .. "&serviceCode=%2A384%2A123%23&phoneNumber=" .. phone ..
               "&networkCode=63902&text=" .. text
  return wrk.format("POST", "/api/v1/ussd/", {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

-- Print the first few failures so a non-2xx count comes with its reasons.
local failures = 0
response = function(status, headers, body)
  if status >= 300 and failures < 5 then
    failures = failures + 1
    io.stderr:write("non-2xx " .. status .. ": " .. body .. "\n")
  end
end
