import { describe, expect, it } from 'vitest';
import { isProvincialGoal, isProvincialPlan } from '../../../scripts/ingest/plan-scope';

describe('isProvincialPlan', () => {
  it('reads a provincial issuer or scope with words of a plan at the top of the article', () => {
    expect(isProvincialPlan(['Kế hoạch chuyển đổi số năm 2026', 'UBND tỉnh Yên Bái ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.'])).toBe(true);
    expect(isProvincialPlan(['Triển khai Chiến lược dữ liệu trên địa bàn tỉnh', 'Một số mục tiêu cụ thể như sau:'])).toBe(true);
    expect(isProvincialPlan(['Bắc Giang đặt mục tiêu kinh tế số chiếm 25% GRDP'])).toBe(true);
  });

  it('a national report, or a province named without a plan, is no provincial plan', () => {
    expect(isProvincialPlan(['Kinh tế số cả nước đạt 18% GDP', 'Bộ TT&TT công bố số liệu năm 2024.'])).toBe(false);
    expect(isProvincialPlan(['Thủ tướng làm việc tại Quảng Ninh', 'Thủ tướng yêu cầu cả nước phấn đấu 80% dịch vụ công trực tuyến toàn trình.'])).toBe(false);
    expect(isProvincialPlan(['Việt Nam đặt mục tiêu, Hà Nội dẫn đầu'])).toBe(false);
    expect(isProvincialPlan(['Tin tức', 'UBND tỉnh tổ chức hội nghị sơ kết.'])).toBe(false);
  });

  it('only the plan\'s targets are the province\'s, and not where the sentence says it is national', () => {
    expect(isProvincialGoal(true, 'target', '70% người dân có tài khoản thanh toán.')).toBe(true);
    expect(isProvincialGoal(true, 'actual', '70% người dân có tài khoản thanh toán.')).toBe(false);
    expect(isProvincialGoal(true, 'target', 'Cả nước phấn đấu 70% người dân có tài khoản thanh toán.')).toBe(false);
    expect(isProvincialGoal(false, 'target', '70% người dân có tài khoản thanh toán.')).toBe(false);
  });
});
