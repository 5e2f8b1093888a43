#!/usr/bin/env bash
# A real terminal run: tmux types, in Kazakh, the answers of a person who has hung up, told a code
# and lost money and who wants a police report, into `java -jar target/qorgan.jar assess` in a
# 100×35 terminal, reading the screen before each answer. It checks that "call your bank" is on
# screen before the fourth question, that the plan's first page holds the Now steps whole, that
# going back to a multiple choice keeps its ticks, then the screen, the saved answers file and the
# documents saved. Run by InterviewInTmuxIT (mvn verify), or by hand:
#   src/test/tmux/interview-kk.sh target/qorgan.jar target/tmux
# The last screen is left in OUT_DIR/screen.txt. Exit 0 when every check passed.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

start_run "$1" "$2"
session="qorgan-kk-$$"
answers="$work/answers.yaml"
docs="$work/docs"
screen="$out_dir/screen.txt"
incident="$(date -d '-3 days' +%F)"
yesterday="$(date -d '-1 day' +%F)"

trap cleanup EXIT

# What is on screen now, the scrollback left out.
visible() {
  tmux capture-pane -p -J -t "$session"
}

tmux new-session -d -s "$session" -x 100 -y 35 \
  "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color java -jar '$jar' assess --save-answers '$answers'; echo \"EXIT=\$?\"; sleep 600"

wait_for "Тілді таңдаңыз"
type_line 1                                            # Қазақ тілі
wait_for "Кез келген сұрақта: < артқа"
wait_for "1 / 6"
type_line "көмек"                                      # help, in Kazakh
wait_for "Неге сұраймыз:"
type_line 2                                            # in_contact: no
wait_for "Оларға енді жауап бермеңіз"                   # block_them, at once
wait_for "2 / 6"
wait_prompt
tmux send-keys -t "$session" Down Space Down Space Down Space   # disclosed: 1, 2 and 3, with the arrows
wait_for "> 1 2 3"
tmux send-keys -t "$session" Enter
wait_for "3 / 6"
shows "Банкке қоңырау шалыңыз" || fail "\"call your bank\" is not on screen before the third answer"
type_line "<"                                          # back to disclosed: its ticks are kept
wait_for "2 / 6" 2
wait_for "3  [x] " 1
shows "1  [x] " || fail "going back, the first choice is not ticked"
wait_for "> 1 2 3" 2                                  # the ticks are on the input line too
tmux send-keys -t "$session" Enter                     # Enter keeps the three choices
wait_for "3 / 6" 2
[ "$(lines_showing "Мұны қазір істеңіз")" = "2" ] || fail "a step was announced again on the way back"
type_line 1                                            # money_lost: yes
wait_for "4 / 6"
type_line 3                                            # loans: do not know yet
wait_for "5 / 6"
type_line 1                                            # impersonated: a bank
wait_for "6 / 6"
type_line 1                                            # channel: an ordinary call
wait_for "Enter — келесі: Бүгін"                        # the plan's first page
first_page="$(visible)"
for expected in "Дәл қазір бірінші қадамнан бастаңыз: «Банкке қоңырау шалыңыз»." "Қазір" \
    "☐ Банкке қоңырау шалыңыз." "Өтінішіңіздің тіркелгеніне көз жеткізіп" "ҚНРДА-ның 1459 нөміріне" \
    "☐ Оларға енді жауап бермеңіз." "Банкке, полицияға, eGov-қа немесе Қазпоштаға тек ресми нөмірлер арқылы"; do
  grep -qF -- "$expected" <<< "$first_page" || fail "not on the plan's first page: $expected"
done
page_through "Enter — " "Enter — жалғастыру"
wait_for "1 / 16"
type_line 1                                            # want_report: yes
wait_for "2 / 16"
type_line "кеше"                                       # incident_date: yesterday, in Kazakh
wait_for "3 / 16"
type_line "14:30"                                      # incident_time
wait_for "4 / 16"
type_line "Алматы қ., үйде"                             # incident_place
wait_for "5 / 16"
type_line "Kaspi Bank"                                 # card_bank
wait_for "6 / 16"
type_line "5521"                                       # card_last4
wait_for "7 / 16"
type_line 1                                            # transfer_by: sent it myself, deceived
wait_for "8 / 16"
wait_for "№ 1 ·" 1
type_line "$incident"                                  # transfer: date
wait_for "№ 1 ·" 2
type_line "14:41"                                      # time
wait_for "№ 1 ·" 3
type_line "150 000"                                    # amount
wait_for "№ 1 ·" 4
type_line "Kaspi"                                      # bank
wait_for "№ 1 ·" 5
type_line "4400 43** **** 1234"                        # recipient
wait_for "№ 1 ·" 6
type_line "Halyk Bank"                                 # recipient_bank
wait_for "№ 1 ·" 7
type_line ""                                           # note: none
wait_for "Тағы біреуін қосасыз ба?"
type_line 2                                            # no other transfer
wait_for "9 / 16"
type_line "Айгерім Сәрсенқызы"                          # applicant_name
wait_for "10 / 16"
type_line "900101300008"                               # applicant_iin, mistyped
wait_for "ЖСН-нің бақылау таңбасы сәйкес келмейді"
type_line "900101300007"
wait_for "11 / 16"
type_line "Алматы қ., Абай даңғылы, 1"                  # applicant_address
wait_for "12 / 16"
type_line "8 701 234 56 78"                            # applicant_phone
wait_for "13 / 16"
type_line "өткізу"                                     # police_unit: skipped, in Kazakh
wait_for "14 / 16"
type_line "+7 700 000 00 01"                           # scammer_contacts
wait_for "Енгізілгені: +7 700 000 00 01"
type_line "wa.me/77000000002"
wait_for "Енгізілгені: +7 700 000 00 01; wa.me/77000000002"
type_line ""
wait_for "15 / 16"
type_line "Маған «банктен» қоңырау шалып, кодты сұрады. Картам 4111 1111 1111 1111."   # story
wait_for "Карта нөмірінің соңғы төрт таңбасынан басқасы жасырылды"
wait_for "16 / 16"
type_line "1 3"                                        # evidence
wait_for "Жауаптарыңызды тексеріңіз."
type_line 19                                           # change police_unit from the review
wait_for "13 / 16" 2
type_line "Бостандық аудандық полиция басқармасы"
wait_for "Жауаптарыңызды тексеріңіз." 2
type_line ""                                           # all right
wait_for "Дәл қазір бірінші қадамнан бастаңыз: «Банкке қоңырау шалыңыз»." 2
wait_for "жазайық па?"
type_line 1                                            # save the documents: yes
wait_for "Файлдарға арналған қалта:"
type_line "$docs"
wait_for "EXIT="
pane > "$screen"

grep -qF "EXIT=0" "$screen" || fail "the interview did not end with exit 0"
for expected in "Сіздің жауаптарыңыз" "Айгерім Сәрсенқызы" "+7 701 234 56 78" "150 000 ₸" \
    "Бостандық аудандық полиция басқармасы" "**** 1111" "Жауаптарыңыз $answers файлына сақталды"; do
  grep -qF -- "$expected" "$screen" || fail "not on the screen: $expected"
done
if grep -qF "4111 1111 1111 1111." <(sed -n '/Сіздің жауаптарыңыз/,$p' "$screen"); then
  fail "the full card number is in the summary"
fi
[ "$(stat -c %a "$answers")" = "600" ] || fail "the answers file is not owner-only"
plan_on_screen="$(sed -n '/Дәл қазір бірінші қадамнан бастаңыз/,$p' "$screen")"
for expected in "☐ Банкке қоңырау шалыңыз." "   • Картаның артында жазылған" "Қазір" "Бүгін" \
    "Жазылды: $docs/plan.md" "Жазылды: $docs/report.md" "Жазылды: $docs/dispute-pkb.md" "Басып шығару үшін: $docs/plan.html" \
    "Бұл файлдарда жеке деректер бар."; do
  grep -qF -- "$expected" <<< "$plan_on_screen" || fail "not on the screen from the plan on: $expected"
done
plan_at="$(grep -nF "Дәл қазір бірінші қадамнан бастаңыз" "$screen" | head -1 | cut -d: -f1)"
report_at="$(grep -nF "Қол қоюыңыз үшін құжаттардың жобасын дайындайық па" "$screen" | head -1 | cut -d: -f1)"
[ "$plan_at" -lt "$report_at" ] || fail "the plan came after the report's first question"
plan_pages="$(sed -n '/Дәл қазір бірінші қадамнан бастаңыз/,/Қол қоюыңыз үшін құжаттардың жобасын/p' "$screen")"
if grep -qF -e "**" -e "- [ ]" <<< "$plan_pages"; then
  fail "Markdown markers on the screen"
fi
[ "$(stat -c %a "$docs")" = "700" ] || fail "the documents' folder is not owner-only"
for name in plan.md report.md dispute-pkb.md dispute-gkb.html; do
  [ "$(stat -c %a "$docs/$name")" = "600" ] || fail "$name is not owner-only"
done
grep -qF "Айгерім Сәрсенқызы" "$docs/report.md" || fail "the report lacks the applicant's name"
for expected in "сағат 14:30 шамасында" "Алматы қ., үйде" "Kaspi Bank, соңғы төрт таңбасы – 5521" "| Halyk Bank |"; do
  grep -qF -- "$expected" "$docs/report.md" || fail "not in the report: $expected"
done
grep -qF "**Кімге:** Kaspi Bank" "$docs/letter-bank.md" || fail "the letter is not addressed to the card's bank"
grep -qF "«Мемлекеттік кредиттік бюро» АҚ" "$docs/dispute-gkb.md" || fail "no dispute to the State Credit Bureau"
for expected in "lang: kk" "applicant_name: Айгерім Сәрсенқызы" "applicant_phone: +7 701 234 56 78" \
    "police_unit: Бостандық аудандық полиция басқармасы" "- egov_code" "- eds" "- bank_code" \
    "incident_date: $yesterday"; do
  grep -qF -- "$expected" "$answers" || fail "not in the answers file: $expected"
done
cp "$answers" "$out_dir/answers.yaml"
echo "interview-kk: urgent steps first, the plan paged, every question answered in Kazakh; screen in $screen"
