#!/usr/bin/env bash
# Writes the test excerpts from the published files in ../shared/data (as ../shared/data/README.md
# gives them; their sha256 there). Each excerpt is a run of whole rows, unchanged, so every reader
# meets the real layout; README.md here says which rows of which file, and why.
# Usage: regenerate.sh [DATA_DIR]   (default: the ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${1:-$here/../../../../../../../../../shared/data}"
data="$(cd "$data" && pwd)"
out() { mkdir -p "$here/$(dirname "$1")"; echo "$here/$1"; }

# GDELT 2.0 exports: the first 300 events of each 15-minute file
for f in gdelt/arekziobrowski+gdelt-big-data/20191024143000.export.CSV gdelt/epournaras+DIAS-GDELT/20180326044500.export.CSV; do
  head -n 300 "$data/$f" > "$(out "$f")"
done
# GDELT 1.0 sample: 100 rows of the 57-column backfile format, then 200 of the 58-column daily format
f=gdelt/reed9999+gdelt-demo/events.csv
{ sed -n '1,100p' "$data/$f"; sed -n '202,401p' "$data/$f"; } > "$(out "$f")"
# ICEWS events: the header and the first 400 events (1 June 2018), then every later event between
# Vietnam and Japan (Source Country and Target Country, fields 5 and 11), so that the pair is whole
f=icews/andybega+icews/events.2018.sample.tab
awk -F'\t' 'NR <= 401 || ($5 == "Vietnam" && $11 == "Japan") || ($5 == "Japan" && $11 == "Vietnam")' \
  "$data/$f" > "$(out "$f")"
# the CAMEO codebook whole (311 codes each)
for f in cameo/mpiccirilli+UNDP-BCPR-Project/CAMEO.eventcodes.txt cameo/mpiccirilli+UNDP-BCPR-Project/CAMEO.goldsteinscale.txt; do
  cp "$data/$f" "$(out "$f")"
done
# UN General Assembly votes (no field of these files holds a line break, so a line is a row): the
# first 20 roll calls of session 60 (2005) with every vote on them; every roll call of 2019 and the
# first five of 2000 and of 2010 on which both Viet Nam (VN) and Yugoslavia's seat (YU) voted, with
# the votes of Viet Nam, the United States, China and that seat on them; the issue tags of all these
d=unvotes/dgrtwo+unvotes
awk -F, 'NR == FNR { if ($3 == "\"VN\"") vn[$1] = 1; if ($3 == "\"YU\"") yu[$1] = 1; next }
  FNR == 1 { print; next }
  $2 == 60 && n++ < 20 { print "all," $1 > "'"$here/rcids.tmp"'"; print; next }
  { y = substr($4, 2, 4) }
  y == "2019" || (($1 in vn) && ($1 in yu) && (y == "2000" || y == "2010") && m[y]++ < 5) {
    print "four," $1 > "'"$here/rcids.tmp"'"; print }' \
  "$data/$d/un_votes.csv" "$data/$d/un_roll_calls.csv" > "$(out "$d/un_roll_calls.csv")"
awk -F, 'NR == FNR { keep[$2] = $1; next } FNR == 1 || keep[$1] == "all" \
  || (keep[$1] == "four" && $3 ~ /^"(VN|US|CN|YU)"$/)' \
  "$here/rcids.tmp" "$data/$d/un_votes.csv" > "$(out "$d/un_votes.csv")"
awk -F, 'NR == FNR { keep[$2] = 1; next } FNR == 1 || ($1 in keep)' \
  "$here/rcids.tmp" "$data/$d/un_roll_call_issues.csv" > "$(out "$d/un_roll_call_issues.csv")"
rm "$here/rcids.tmp"
# COW national trade totals (the states' rows of 2010-2014) and dyadic trade: every pair of Vietnam
# (816) in 2014, its pairs with the Bahamas (31) in 1980 and Cuba (40) in 2009-2014, and the first row
# of Austria-Hungary (300), a state no actor maps to
d=trade/svmiller+peacesciencer
awk -F, 'NR == 1 || ($2 >= 2010 && $2 <= 2014)' "$data/$d/cow_trade_sy.csv" > "$(out "$d/cow_trade_sy.csv")"
awk -F, 'NR == 1 || (($1 == 816 || $2 == 816) && $3 == 2014) || ($1 == 31 && $2 == 816 && $3 == 1980) \
  || ($1 == 40 && $2 == 816 && $3 >= 2009) || (($1 == 300 || $2 == 300) && !a++)' \
  "$data/$d/cow_trade_ndy.csv" > "$(out "$d/cow_trade_ndy.csv")"
# COW IGO v3 shared memberships: every pair of Vietnam (816) in 2014, the file's last year
f=cow/svmiller+peacesciencer/cow_igo_ndy.csv
awk -F, 'NR == 1 || (($1 == 816 || $2 == 816) && $3 == 2014)' "$data/$f" > "$(out "$f")"
# IMF DOTS: the 2020 reports of Vietnam on the world, the United States, mainland China and Hong Kong,
# and theirs and Cuba's on Vietnam (Cuba's stands in for Vietnam's, which has none after 2010)
f=trade/SamLeBlanc+Direction-of-Trade-Map/imf_dots_dyad_year_2000_2020.csv
grep -E '^(reporter,|Vietnam,(World|United States|"China, P\.R\.: (Mainland|Hong Kong)"),2020,|(United States|Cuba|"China, P\.R\.: (Mainland|Hong Kong)"),Vietnam,2020,)' \
  "$data/$f" > "$(out "$f")"
# ATOP v5.1 alliance obligations: the United States (2) and Japan (740), both ways, 1968-1972
f=cow/svmiller+peacesciencer/atop_alliance.csv
awk -F, 'NR == 1 || ((($1 == 2 && $2 == 740) || ($1 == 740 && $2 == 2)) && $3 >= 1968 && $3 <= 1972)' "$data/$f" > "$(out "$f")"
# AidData, China's Public Diplomacy Dashboard: Vietnam's rows (2000-2018)
f=partnerships/milesdwilliams15+chinese_media_and_foreign_aid/ChinesePublicDiplomacy.csv
awk 'NR == 1 || /^"?Vietnam"?,/' "$data/$f" > "$(out "$f")"
# ICEWS directed dyad-years (netify): the rows of 2012 with China or Vietnam as the source, every
# partner (a side's share of its cooperation is of all its rows that year); names with commas are
# quoted, the codes never
f=icews/netify-dev+netify/icews_dyad_year_2002_2014.csv
{ head -n 1 "$data/$f"; grep -E '^("[^"]*"|[^,"]*),("[^"]*"|[^,"]*),(CHN|VNM),[A-Z]{3},2012,' "$data/$f"; } > "$(out "$f")"
# GDELT pair-years (gzemo): Vietnam's pairs in 2019 (its share is of all of them), and the file's first
# row with Bermuda, a territory no actor maps to (CRLF line ends kept)
f=gdelt/gzemo+gdelt-graph-data/gdelt_graph_dyad_year_2018_2024.csv
awk -F, 'NR == 1 || (($1 == "VNM" || $2 == "VNM") && $3 == 2019) || (($1 == "BMU" || $2 == "BMU") && !b++)' \
  "$data/$f" > "$(out "$f")"
# DESTA v2.2: the pairs Japan (392) and Vietnam (704), and Albania (8) and the United Kingdom (826),
# in the list of treaties and in the withdrawals (Latin-1, CRLF kept; names are quoted, codes not)
d=treaties/bkey15+dissertation
for f in desta_list_of_treaties_02_02_dyads.txt desta_dyadic_withdrawal_02_02.txt; do
  { head -n 1 "$data/$d/$f"; grep -aE '^"[^"]*","[^"]*",(392,704|704,392|8,826|826,8),' "$data/$d/$f"; } \
    > "$(out "$d/$f")"
done
# UN DESA International Migrant Stock 2019: the rows of two destinations, Viet Nam and the United
# States, every year (a row holds every origin)
f=people/guyabel+stepladderChapter/UN_MigrantStockByOriginAndDestination_2019_clean.csv
{ head -n 1 "$data/$f"; grep -E '^[0-9]{4},(Viet Nam|United States of America),' "$data/$f"; } > "$(out "$f")"
# UN General Assembly ideal points (June 2024): every member in session 78 (2023) (CRLF kept)
f=unvotes/bkey15+dissertation/IdealpointestimatesAll_Jun2024.csv
awk -F, 'NR == 1 || $3 == 78' "$data/$f" > "$(out "$f")"
# Database of Embassies: the missions Vietnam keeps and those kept in Vietnam (';'-separated)
f=diplomacy/database-of-embassies+database-of-embassies/database_of_embassies.csv
awk -F';' 'NR == 1 || $1 == "Vietnam" || $5 == "Vietnam"' "$data/$f" > "$(out "$f")"
# The Office of the Historian's US trips abroad and leaders' visits to the US: Vietnam's (the slug
# 'vietnam'; no row of Vietnam's is broken over two lines)
for f in visits/HistoryAtState+travels/us_president_secretary_travels.csv visits/HistoryAtState+visits/foreign_leader_visits_to_us.csv; do
  awk 'NR == 1 || /,vietnam,Vietnam,/' "$data/$f" > "$(out "$f")"
done
echo "excerpts written under $here"
