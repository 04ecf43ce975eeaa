import type { MessageSet } from '../types';

/** Names of the project-entry screens M2–M5 and the messages of their checks (utils/rules/screens). */
export const screens: MessageSet = {
  th: {
    'screen.generalInfo': 'ข้อมูลทั่วไปของโครงการ (M2)',
    'screen.projectDetails': 'รายละเอียดโครงการ (M3)',
    'screen.activities': 'กิจกรรม (M4)',
    'screen.spendingPlan': 'แผนการใช้จ่ายงบประมาณ (M5)',
    'rule.startAfterEnd': 'วันเริ่มต้นโครงการ $1 อยู่หลังวันสิ้นสุด $2',
    'rule.periodOutsideFiscalYear': 'ระยะเวลาโครงการ $1 – $2 ไม่อยู่ในปีงบประมาณ $3 ($4 – $5): ตรวจสอบปี พ.ศ. ที่กรอก',
    'rule.periodBeyondFiscalYear': 'ระยะเวลาโครงการ $1 – $2 เกินปีงบประมาณ $3 ($4 – $5)',
    'rule.activityStartAfterEnd': 'กิจกรรม "$1": วันเริ่มต้น $2 อยู่หลังวันสิ้นสุด $3',
    'rule.activityOutsidePeriod': 'กิจกรรม "$1" ($2 – $3) อยู่นอกระยะเวลาโครงการ ($4 – $5)',
    'rule.activityBudgetOver': 'งบประมาณกิจกรรมรวม $1 บาท มากกว่าวงเงินงบประมาณโครงการ $2 บาท',
    'rule.quarterPlanSum': 'แผนการใช้จ่ายรายไตรมาสรวม $1 บาท ไม่เท่ากับวงเงินงบประมาณ $2 บาท (ต่างกัน $3 บาท)',
    'rule.monthPlanSum': 'แผนการใช้จ่ายรายเดือนรวม $1 บาท ไม่เท่ากับวงเงินงบประมาณ $2 บาท (ต่างกัน $3 บาท)',
    'rule.quarterMonthsMismatch': 'ไตรมาสที่ $1: แผน $2 บาท ไม่เท่ากับผลรวมรายเดือน $3 บาท',
  },
  en: {
    'screen.generalInfo': 'General project information (M2)',
    'screen.projectDetails': 'Project details (M3)',
    'screen.activities': 'Activities (M4)',
    'screen.spendingPlan': 'Budget spending plan (M5)',
    'rule.startAfterEnd': 'The project starts on $1, after it ends ($2)',
    'rule.periodOutsideFiscalYear': 'Project period $1 – $2 is not in fiscal year $3 ($4 – $5): check the Buddhist-era year typed',
    'rule.periodBeyondFiscalYear': 'Project period $1 – $2 runs beyond fiscal year $3 ($4 – $5)',
    'rule.activityStartAfterEnd': 'Activity "$1" starts on $2, after it ends ($3)',
    'rule.activityOutsidePeriod': 'Activity "$1" ($2 – $3) is outside the project period ($4 – $5)',
    'rule.activityBudgetOver': 'Activity budgets add up to $1 baht, more than the project budget of $2 baht',
    'rule.quarterPlanSum': 'The quarterly spending plan adds up to $1 baht, not the budget of $2 baht (off by $3 baht)',
    'rule.monthPlanSum': 'The monthly spending plan adds up to $1 baht, not the budget of $2 baht (off by $3 baht)',
    'rule.quarterMonthsMismatch': 'Quarter $1: planned $2 baht, but its months add up to $3 baht',
  },
};
