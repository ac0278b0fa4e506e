/** Vocabulary of the synthetic benchmark corpus: general Vietnamese news wording, no seed text. */
export const PROVINCES = [
  'Lào Cai', 'Vĩnh Phúc', 'Ninh Bình', 'Vĩnh Long', 'Hà Nội', 'Đà Nẵng', 'Cần Thơ', 'Hải Phòng',
  'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Lâm Đồng', 'Đắk Lắk', 'Gia Lai', 'Khánh Hòa',
  'Bắc Ninh', 'Thái Nguyên', 'Phú Thọ', 'Tuyên Quang', 'Cà Mau', 'An Giang', 'Đồng Tháp', 'Tây Ninh',
  'Đồng Nai', 'Quảng Trị', 'Quảng Ngãi', 'Sơn La', 'Lạng Sơn', 'Cao Bằng', 'Điện Biên', 'Lai Châu',
] as const;

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'] as const;
export const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hồng', 'Quang', 'Xuân', 'Thanh', 'Đức', 'Mạnh', 'Chí', 'Ngọc', 'Hữu'] as const;
export const GIVEN = ['Hùng', 'Long', 'Hà', 'Giang', 'Trường', 'Lan', 'Hương', 'Nam', 'Sơn', 'Tuấn', 'Dũng', 'Phúc', 'Khải', 'Bình', 'An', 'Thắng'] as const;

/** Roles of provincial officials (the place is appended where it reads naturally). */
export const LOCAL_ROLES = [
  'Phó Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
  'Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Khoa học và Công nghệ',
] as const;

/** Roles of national leaders. */
export const NATIONAL_ROLES = [
  'Thủ tướng Chính phủ', 'Phó Thủ tướng Chính phủ', 'Bộ trưởng Bộ Khoa học và Công nghệ',
  'Bộ trưởng Bộ Công an', 'Thứ trưởng Bộ Khoa học và Công nghệ',
] as const;

export const MEETINGS = [
  'Hội nghị trực tuyến toàn quốc về chuyển đổi số', 'phiên họp của Ủy ban Quốc gia về chuyển đổi số',
  'Hội nghị sơ kết Đề án 06', 'hội nghị tổng kết công tác chuyển đổi số', 'Hội nghị Ban Chỉ đạo chuyển đổi số tỉnh',
] as const;

export const TITLE_HEADS = [
  'Đẩy mạnh chuyển đổi số', 'Chuyển đổi số quốc gia', 'Kinh tế số tăng trưởng', 'Dịch vụ công trực tuyến',
  'Đề án 06 về định danh điện tử', 'Hạ tầng số và dữ liệu', 'An toàn thông tin mạng', 'Phát triển xã hội số',
  'Nhân lực số cho địa phương', 'Chính phủ số',
] as const;

export const TITLE_TAILS = [
  'kết quả nổi bật', 'những điểm sáng', 'nhiệm vụ trọng tâm', 'bứt phá mạnh mẽ', 'còn nhiều thách thức',
  'cần quyết liệt hơn', 'tạo động lực mới', 'đi vào thực chất',
] as const;

export const ORGS = [
  'Bộ Khoa học và Công nghệ', 'Văn phòng Chính phủ', 'Bộ Công an', 'Ủy ban Quốc gia về chuyển đổi số',
  'Sở Khoa học và Công nghệ tỉnh', 'Bộ Tài chính',
] as const;

export const OUTLETS = ['baochinhphu.vn', 'vietnamplus.vn', 'nhandan.vn', 'tapchicongsan.org.vn', 'mic.gov.vn'] as const;

export const FILLER = [
  'Công tác chỉ đạo, điều hành được triển khai quyết liệt, đồng bộ từ Trung ương đến cơ sở.',
  'Nhận thức về chuyển đổi số của người dân và doanh nghiệp tiếp tục chuyển biến rõ nét.',
  'Tuy nhiên, việc kết nối, chia sẻ dữ liệu giữa các bộ, ngành, địa phương vẫn còn hạn chế.',
  'Các bộ, ngành, địa phương cần tập trung hoàn thiện thể chế, phát triển hạ tầng số và nhân lực số.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng trên phạm vi cả nước.',
  'Tổ công nghệ số cộng đồng tiếp tục phát huy vai trò hướng dẫn người dân sử dụng dịch vụ số.',
  'Việc bảo đảm an toàn thông tin, an ninh mạng được quan tâm chỉ đạo thường xuyên.',
] as const;
