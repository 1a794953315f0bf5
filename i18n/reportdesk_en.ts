<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../desktop/ui/register_model.py" line="187"/>
        <source>Cập nhật ngày {0}{1}</source>
        <translation>Updated on {0}{1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="188"/>
        <source> bởi {0}</source>
        <translation> by {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="190"/>
        <source>Ngày do cán bộ sửa; xóa trống để tính lại theo thời hạn ghi trong văn bản</source>
        <translation>Date set by a clerk; clear it to follow the deadline written in the report again</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="191"/>
        <source>Tính từ thời hạn ghi trong văn bản; gõ ngày khác để sửa (dd/mm/yyyy)</source>
        <translation>From the deadline written in the report; type another date to correct it (dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <location filename="../desktop/ui/register_add.py" line="14"/>
        <source>Thêm nhiệm vụ vào sổ theo dõi</source>
        <translation>Add a task to the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="19"/>
        <source>các cơ quan, cách nhau bằng dấu chấm phẩy</source>
        <translation>agencies, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="21"/>
        <source>như văn bản ghi: trước ngày 30/6/2026, trong quý III/2026…</source>
        <translation>as written: before 30/6/2026, in Q3/2026…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="26"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="27"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="28"/>
        <source>Phối hợp</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="29"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="30"/>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="32"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="32"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_add.py" line="36"/>
        <source>Hãy ghi nội dung nhiệm vụ.</source>
        <translation>Write what the task is.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../desktop/ui/article_view.py" line="28"/>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="29"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="30"/>
        <source>Kiến nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="31"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="32"/>
        <source>Nhân sự</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="33"/>
        <source>Tỷ số</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="67"/>
        <source>Tạo mục {0} từ đoạn chọn</source>
        <translation>Create {0} item from selection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="73"/>
        <source>Đặt vị trí của mục đang chọn vào đoạn này</source>
        <translation>Move the current item to this selection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/article_view.py" line="234"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../desktop/ui/autobackup.py" line="66"/>
        <source>Chưa sao lưu tự động được: {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../desktop/ui/background.py" line="164"/>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/background.py" line="170"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>Captions</name>
    <message>
        <location filename="../desktop/ui/captions.py" line="11"/>
        <source>Số tổng hợp (chọn một dòng để xem các phần của nó)</source>
        <translation>Totals (select a row to see its parts)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/captions.py" line="12"/>
        <source>Các phần của số tổng hợp đang chọn</source>
        <translation>Parts of the selected total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/captions.py" line="13"/>
        <source>Tỷ số (đạt trên tổng)</source>
        <translation>Ratios (out of)</translation>
    </message>
</context>
<context>
    <name>ChromeLines</name>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="33"/>
        <source>menu, mục điều hướng của trang</source>
        <translation>menu, site navigation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="34"/>
        <source>danh sách tin khác, tin liên quan</source>
        <translation>list of other or related news</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="35"/>
        <source>bộ đếm lượt truy cập</source>
        <translation>visit counter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="36"/>
        <source>chân trang (liên hệ, bản quyền)</source>
        <translation>footer (contact, copyright)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="37"/>
        <source>đầu trang, tiêu đề chuyên mục</source>
        <translation>page banner, section heading</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="38"/>
        <source>nút, tiện ích của trang</source>
        <translation>page widget</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="39"/>
        <source>ảnh</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="40"/>
        <location filename="../desktop/ui/chrome_lines.py" line="97"/>
        <source>ngày giờ đăng bài</source>
        <translation>date and time of the post</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="41"/>
        <source>nội dung bài viết</source>
        <translation>article text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="42"/>
        <source>chú thích ảnh</source>
        <translation>photo caption</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="43"/>
        <source>tác giả, nguồn tin</source>
        <translation>byline, source</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="44"/>
        <source>phần đầu văn bản</source>
        <translation>document header</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="45"/>
        <source>tiêu đề</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="46"/>
        <source>phần ký</source>
        <translation>signature block</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="47"/>
        <source>ô bảng</source>
        <translation>table cell</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="51"/>
        <source>dòng đầu (tiêu đề)</source>
        <translation>first line (title)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="52"/>
        <source>không có dấu hiệu của phần trang web</source>
        <translation>no sign of page chrome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="53"/>
        <source>nằm trong đoạn văn liền của bài viết</source>
        <translation>inside the article&apos;s run of prose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="54"/>
        <source>người kiểm tra đã đánh dấu là nội dung bài viết</source>
        <translation>marked as article text by a clerk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="55"/>
        <source>người kiểm tra đã đánh dấu là phần trang web</source>
        <translation>marked as page chrome by a clerk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="56"/>
        <source>mã trang web ghi đây là phần điều hướng</source>
        <translation>the page markup says it is navigation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="57"/>
        <source>mã trang web ghi đây là phần điều hướng, cột bên hoặc chân trang</source>
        <translation>the page markup says it is navigation, a sidebar or the footer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="59"/>
        <source>một dòng trong danh sách liên kết</source>
        <translation>one of a list of links</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="60"/>
        <source>một tiêu đề kèm ngày giữa các tiêu đề khác ở trước bài viết</source>
        <translation>a dated title among others before the article</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="62"/>
        <source>tiêu đề của danh sách bài khác ở trước bài viết</source>
        <translation>heading of a list of other pages before the article</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="64"/>
        <source>tiêu đề của bài viết hoặc văn bản</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="65"/>
        <source>một ô của bảng</source>
        <translation>a table cell</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="66"/>
        <source>phần đầu của văn bản (cơ quan ban hành, quốc hiệu, số, ngày)</source>
        <translation>the document&apos;s header (issuing body, motto, number, date)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="68"/>
        <source>nơi nhận và người ký của văn bản</source>
        <translation>recipients and signer of the document</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="70"/>
        <source>tên những người viết bài</source>
        <translation>the writers&apos; names</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="71"/>
        <source>chuỗi dòng ngắn dạng tiêu đề ở trước bài viết</source>
        <translation>run of short title-like lines before the article</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="73"/>
        <source>đề mục ở trên câu đầu tiên của bài viết</source>
        <translation>heading above the article&apos;s first sentence</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="75"/>
        <source>ở trên phần đầu của văn bản</source>
        <translation>above the official document&apos;s header</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="76"/>
        <source>dòng đầu trang (tên trang), trên trình đơn và tiêu đề bài</source>
        <translation>the page&apos;s first line (its name), above the menu and the article&apos;s heading</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="78"/>
        <source>lặp lại ở các trang khác của cùng trang web</source>
        <translation>repeated on other pages of the same site</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="80"/>
        <source>tiêu đề của bộ đếm lượt truy cập</source>
        <translation>heading of a visit counter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="81"/>
        <source>chữ số của bộ đếm lượt truy cập</source>
        <translation>digit of a visit counter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="82"/>
        <source>nhãn bộ đếm kèm con số</source>
        <translation>counter label with a number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="83"/>
        <source>ở sau tiêu đề của danh sách bài khác</source>
        <translation>after the heading of the list of other pages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="85"/>
        <source>dòng dạng tiêu đề giữa bài viết và danh sách tin khác</source>
        <translation>title-like line between the article and the related list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="87"/>
        <source>dòng liên hệ ở sau bài viết</source>
        <translation>contact line after the article</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="88"/>
        <source>nội dung của một mục liên hệ</source>
        <translation>value of a contact label</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="89"/>
        <source>dòng bản quyền</source>
        <translation>copyright line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="90"/>
        <source>dòng bản quyền, giấy phép, biên tập</source>
        <translation>copyright, licence or editor line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="91"/>
        <source>chỗ đặt ảnh hoặc tên tệp ảnh</source>
        <translation>image placeholder or file name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="92"/>
        <source>số trang</source>
        <translation>page numbers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="93"/>
        <source>địa chỉ trang web</source>
        <translation>web address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="94"/>
        <source>chữ trên nút, tiện ích của trang</source>
        <translation>word of a page widget</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="95"/>
        <source>hướng dẫn dùng chuột của trang</source>
        <translation>mouse instruction of an interactive page</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="96"/>
        <source>các mục menu cách nhau bởi | hoặc »</source>
        <translation>menu entries separated by | or »</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="98"/>
        <source>chữ không dấu trong trang tiếng Việt (chữ của giao diện)</source>
        <translation>unaccented words in a Vietnamese page (an interface string)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="100"/>
        <source>dòng ngay dưới ảnh</source>
        <translation>line under an image</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="101"/>
        <source>chú thích hoặc nguồn ảnh</source>
        <translation>photo caption or credit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="102"/>
        <source>ghi tên người viết, chụp ảnh, nguồn</source>
        <translation>credit of the writer, photographer or source</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="104"/>
        <source>tên người viết kèm đơn vị</source>
        <translation>writer&apos;s name with their unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="105"/>
        <source>tên và chức vụ người viết</source>
        <translation>writer&apos;s name and position</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="106"/>
        <source>chữ viết tắt tên người viết</source>
        <translation>writer&apos;s initials</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="107"/>
        <source>một tên người đứng riêng</source>
        <translation>a name alone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="121"/>
        <source>Hiện phần trang web</source>
        <translation>Show page chrome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="125"/>
        <source>Hiện (mờ) hoặc gấp lại các dòng menu, tin liên quan, chân trang … để bài viết lên đầu</source>
        <translation>Show (dimmed) or fold away menus, related news, footer … so that the article comes first</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="129"/>
        <source>Đây là nội dung bài viết</source>
        <translation>This line is article text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="131"/>
        <source>Đây là phần trang web (bỏ qua)</source>
        <translation>This line is page chrome (ignore it)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="133"/>
        <source>Bỏ đánh dấu dòng này (để chương trình tự nhận biết)</source>
        <translation>Unmark this line (let the reader decide)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="138"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="149"/>
        <source>Đã gấp {0} dòng phần trang web (Xem › Hiện phần trang web, Ctrl+Shift+H)</source>
        <translation>{0} lines of page chrome folded away (View › Show page chrome, Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="170"/>
        <source>Phần trang web</source>
        <translation>Page chrome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="170"/>
        <source>Nội dung bài viết</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="172"/>
        <source>Phần trang web: {0}</source>
        <translation>Page chrome: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="173"/>
        <source>Lý do: {0}</source>
        <translation>Why: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="258"/>
        <source>ReportDesk — {0}</source>
        <translation>ReportDesk — {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/chrome_lines.py" line="261"/>
        <source>Đã đọc lại văn bản: thêm {0} mục, bỏ {1} mục; giữ nguyên {2} mục đã kiểm tra hoặc sửa (Ctrl+Z để hoàn tác)</source>
        <translation>Text read again: {0} items added, {1} removed; {2} reviewed or edited items kept (Ctrl+Z to undo)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../desktop/ui/columns.py" line="30"/>
        <source>Kiểm tra</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="31"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="34"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="35"/>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="36"/>
        <location filename="../desktop/ui/columns.py" line="94"/>
        <source>Mức</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="37"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="38"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="39"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="45"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="46"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="49"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="50"/>
        <source>Phối hợp</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="47"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="51"/>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="48"/>
        <location filename="../desktop/ui/columns.py" line="69"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="56"/>
        <source>Kiến nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="61"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="62"/>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="63"/>
        <source>Các phần</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="68"/>
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="73"/>
        <source>Đạt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="74"/>
        <source>Tổng</source>
        <translation>Out of</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="75"/>
        <source>Đối tượng</source>
        <translation>Noun</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="76"/>
        <source>Tỷ lệ %</source>
        <translation>Rate %</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="81"/>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="82"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="83"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="88"/>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="89"/>
        <source>Chức vụ</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="95"/>
        <source>Nội dung cần kiểm tra</source>
        <translation>What to check</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="98"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="98"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="99"/>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="99"/>
        <source>Hoàn thành chậm</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="100"/>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="114"/>
        <source>Vị trí trong văn bản</source>
        <translation>Position in the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="115"/>
        <source>Không có gì cần trích xuất</source>
        <translation>Nothing to extract</translation>
    </message>
</context>
<context>
    <name>ConclusionFields</name>
    <message>
        <location filename="../desktop/ui/conclusion_fields.py" line="21"/>
        <source>Ví dụ: Ban Thường vụ Tỉnh ủy</source>
        <translation>E.g. Ban Thường vụ Tỉnh ủy (provincial standing committee)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conclusion_fields.py" line="23"/>
        <source>Ví dụ: Ban Thường vụ Huyện ủy …; để trống nếu là cuộc họp</source>
        <translation>E.g. Ban Thường vụ Huyện ủy …; leave empty for a meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conclusion_fields.py" line="25"/>
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conclusion_fields.py" line="27"/>
        <source>Cơ quan kết luận</source>
        <translation>Concluding body</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conclusion_fields.py" line="28"/>
        <source>Làm việc với</source>
        <translation>Worked with</translation>
    </message>
    <message>
        <location filename="../desktop/ui/conclusion_fields.py" line="29"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../desktop/ui/report_details.py" line="169"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="179"/>
        <source>Mã văn bản</source>
        <translation>Report id</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="180"/>
        <source>Tệp nguồn</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="181"/>
        <source>Ngày nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="216"/>
        <source>Sửa {0}</source>
        <translation>Edit {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="24"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Dismissal</name>
    <message>
        <location filename="../desktop/ui/finding_dismissal.py" line="24"/>
        <location filename="../desktop/ui/finding_dismissal.py" line="68"/>
        <source>Bỏ qua điểm cần kiểm tra</source>
        <translation>Dismiss finding</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finding_dismissal.py" line="25"/>
        <source>Đã kiểm tra: {0}

Ghi chú (vì sao số liệu vẫn đúng):</source>
        <translation>Checked: {0}

Note (why the figures are right as written):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finding_dismissal.py" line="69"/>
        <source>Bỏ đánh dấu đã kiểm tra</source>
        <translation>Take back the dismissal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finding_dismissal.py" line="108"/>
        <source>Đã kiểm tra, bỏ qua: {0}</source>
        <translation>Checked and dismissed: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/finding_dismissal.py" line="109"/>
        <source>(không ghi chú)</source>
        <translation>(no note)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="37"/>
        <source>Báo cáo tóm tắt (Word)</source>
        <translation>Briefing (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="38"/>
        <source>Dự thảo thông báo kết luận (Word)</source>
        <translation>Draft conclusion notice (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="39"/>
        <source>Báo cáo tổng hợp nhiều văn bản (Word)</source>
        <translation>Summary report of several texts (Word)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="40"/>
        <source>Bảng theo dõi (Excel)</source>
        <translation>Tracking tables (Excel)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="64"/>
        <source>Xuất văn bản</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="69"/>
        <source>Thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Party document format (Guidance 36-HD/VPTW)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="70"/>
        <source>Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP)</source>
        <translation>State document format (Decree 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="73"/>
        <source>Văn bản đang mở</source>
        <translation>The open text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="74"/>
        <source>Mọi văn bản đang hiện trong thư viện</source>
        <translation>Every text listed in the library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="77"/>
        <source>Chọn…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="83"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="84"/>
        <source>Thể thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="85"/>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="86"/>
        <source>Lưu vào</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="88"/>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="88"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="115"/>
        <source>Lưu tệp xuất</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="171"/>
        <source>Đã xuất {0}</source>
        <translation>Exported {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="178"/>
        <source>Chưa xuất được</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="180"/>
        <source>Lưu với tên mới</source>
        <translation>Save under the new name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="181"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <location filename="../desktop/ui/export_done.py" line="58"/>
        <source>Chưa xuất được</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>ExportDoneBox</name>
    <message>
        <location filename="../desktop/ui/export_done.py" line="24"/>
        <source>Đã xuất xong</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_done.py" line="25"/>
        <source>Đã lưu “{0}” trong thư mục {1}.</source>
        <translation>Saved “{0}” in the folder {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_done.py" line="26"/>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_done.py" line="27"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_done.py" line="28"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../desktop/ui/export_files.py" line="38"/>
        <source>Tệp “{0}” đã có. Ghi đè, lưu với tên “{1}”, hay hủy?</source>
        <translation>“{0}” already exists. Overwrite it, save as “{1}”, or cancel?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_files.py" line="39"/>
        <source>Tệp đã có</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_files.py" line="41"/>
        <source>Ghi đè</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_files.py" line="42"/>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../desktop/ui/export_files.py" line="43"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="19"/>
        <source>Văn bản (*.txt *.docx *.html *.htm);;Tất cả (*)</source>
        <translation>Texts (*.txt *.docx *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="29"/>
        <source>Mở văn bản</source>
        <translation>Open texts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="35"/>
        <source>Chọn thư mục cần nhập</source>
        <translation>Choose a folder to import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="44"/>
        <source>Dán văn bản</source>
        <translation>Paste text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="44"/>
        <source>Bộ nhớ tạm không có chữ nào để dán.</source>
        <translation>The clipboard holds no text.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="52"/>
        <source>Văn bản dán lúc {0}</source>
        <translation>Text pasted at {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="58"/>
        <source>Văn bản này đã có trong thư viện; đã mở bản đã lưu.</source>
        <translation>This text is already in the library; opened it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="67"/>
        <source>Sao lưu thư viện</source>
        <translation>Back up library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="68"/>
        <source>Cơ sở dữ liệu (*.sqlite3)</source>
        <translation>Database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="74"/>
        <source>Không sao lưu được</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="76"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="76"/>
        <source>Đã sao lưu thư viện vào:
{0}</source>
        <translation>The library was backed up to:
{0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="82"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../desktop/ui/file_actions.py" line="83"/>
        <source>ReportDesk {0}

Trích xuất, kiểm tra số liệu và lập báo cáo từ văn bản của văn phòng cấp ủy, chính quyền. Chạy ngoại tuyến; dữ liệu lưu trên máy của bạn.</source>
        <translation>ReportDesk {0}

Extracts, checks and reports the figures of Party and government office texts. Works offline; your data stays on this computer.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../desktop/ui/find_bar.py" line="36"/>
        <source>Tìm trong văn bản (không cần dấu)</source>
        <translation>Find in the text (accents optional)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find_bar.py" line="45"/>
        <source>Kết quả trước (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find_bar.py" line="46"/>
        <source>Kết quả tiếp theo (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find_bar.py" line="47"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../desktop/ui/follow_up.py" line="107"/>
        <source>Sổ &amp;theo dõi nhiệm vụ…</source>
        <translation>Task follow-up &amp;register…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/follow_up.py" line="108"/>
        <source>Chỉ tiêu &amp;qua các kỳ báo cáo…</source>
        <translation>Targets &amp;over time…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/follow_up.py" line="173"/>
        <source>{0} nhiệm vụ quá hạn, {1} nhiệm vụ sắp đến hạn — xem Công cụ › Sổ theo dõi nhiệm vụ (Ctrl+Shift+T)</source>
        <translation>{0} tasks overdue, {1} due soon — see Tools › Task follow-up register (Ctrl+Shift+T)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="28"/>
        <source>nhập từ văn bản</source>
        <translation>imported from the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="29"/>
        <source>tạo mới</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="30"/>
        <source>sửa</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="31"/>
        <source>xóa</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="32"/>
        <source>khôi phục</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="33"/>
        <source>bỏ qua điểm cần kiểm tra</source>
        <translation>finding dismissed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="34"/>
        <source>bỏ đánh dấu đã kiểm tra</source>
        <translation>dismissal taken back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="56"/>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="56"/>
        <source>Người sửa</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="57"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="57"/>
        <source>Loại thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="58"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="58"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="62"/>
        <source>Lịch sử sửa đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="85"/>
        <source>Mục này chưa có sửa đổi nào được ghi lại.</source>
        <translation>No change to this item has been recorded.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="86"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="23"/>
        <source>Đang đọc tệp “{0}”…</source>
        <translation>Reading “{0}”…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="24"/>
        <source>Đang trích xuất dữ liệu từ “{0}”…</source>
        <translation>Extracting data from “{0}”…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="25"/>
        <source>Đang lưu “{0}” vào thư viện…</source>
        <translation>Saving “{0}” to the library…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="62"/>
        <source>Đang nhập văn bản…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="62"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="63"/>
        <source>Nhập văn bản</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="83"/>
        <source>Đang nhập {0}/{1}: {2}</source>
        <translation>Importing {0}/{1}: {2}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="103"/>
        <source>Không nhập được</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="115"/>
        <source>Đã nhập {0}, trùng {1}, lỗi {2}.</source>
        <translation>Imported {0}, duplicates {1}, failed {2}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_flow.py" line="119"/>
        <source>Một số tệp không nhập được</source>
        <translation>Some files could not be imported</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="102"/>
        <source>Mở thư viện khác / Khôi phục bản sao lưu</source>
        <translation>Open another library / Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="105"/>
        <source>{0} — thư viện {1} — {2} KB</source>
        <translation>{0} — library {1} — {2} KB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="113"/>
        <source>Thư viện đang dùng: {0}
Các bản sao lưu tự động (mới nhất trước). Khôi phục một bản sẽ thay tệp thư viện bằng bản đó; tệp hiện tại được giữ lại bên cạnh.</source>
        <translation>Library in use: {0}
Automatic backups (newest first). Restoring one replaces the library file with it; the current file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="118"/>
        <source>&amp;Khôi phục bản đã chọn</source>
        <translation>&amp;Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="121"/>
        <source>&amp;Mở tệp thư viện khác…</source>
        <translation>&amp;Open another library file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="122"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="137"/>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="138"/>
        <source>Thay thư viện hiện tại bằng bản sao lưu “{0}”? Tệp hiện tại được sao ra bên cạnh trước.</source>
        <translation>Replace the current library with the backup “{0}”? The current file is first copied beside it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="140"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="141"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="147"/>
        <source>Mở thư viện khác</source>
        <translation>Open another library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="148"/>
        <source>Thư viện ReportDesk (*.sqlite3 *.db);;Tất cả (*)</source>
        <translation>ReportDesk library (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="26"/>
        <source>Tìm (không cần dấu): nhiem vu, sa pa…</source>
        <translation>Search (accents optional): nhiem vu, sa pa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="29"/>
        <source>Tất cả văn bản</source>
        <translation>All texts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="30"/>
        <source>Còn mục chưa kiểm tra</source>
        <translation>With unreviewed items</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="31"/>
        <source>Đã kiểm tra xong</source>
        <translation>Fully reviewed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="33"/>
        <source>Thư viện</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="66"/>
        <source>Không tải được danh sách văn bản</source>
        <translation>Could not load the list of reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="83"/>
        <source>(Chưa rõ đơn vị)</source>
        <translation>(Unit unknown)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="83"/>
        <source>không có mục</source>
        <translation>no items</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_panel.py" line="83"/>
        <source>Mã văn bản: {0}</source>
        <translation>Report id: {0}</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="32"/>
        <source>Mở thư viện khác / Khôi phục bản sao lưu…</source>
        <translation>Open another library / Restore a backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="45"/>
        <source>Thư viện</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="45"/>
        <source>Đang nhập văn bản; hãy đợi nhập xong hoặc bấm Dừng rồi thử lại.</source>
        <translation>An import is running; wait for it to finish or press Stop, then try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="80"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="87"/>
        <source>Đã khôi phục thư viện từ bản sao lưu “{0}”.</source>
        <translation>Library restored from the backup “{0}”.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="90"/>
        <source>Tệp trước khi khôi phục được giữ ở “{0}”.</source>
        <translation>The file as it was before is kept at “{0}”.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="160"/>
        <source>Dùng Tệp › {0} để khôi phục một bản sao lưu tự động hoặc mở tệp thư viện khác.</source>
        <translation>Use File › {0} to restore an automatic backup or open another library file.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="162"/>
        <source>Không mở được thư viện</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="165"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="177"/>
        <source>Lần nhập trước bị ngắt giữa chừng (chương trình đã bị đóng). {0} tệp chưa được nhập:</source>
        <translation>The last import was cut off (the program was closed). {0} file(s) were not imported:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="179"/>
        <source>Hãy mở lại các tệp này để nhập.</source>
        <translation>Open these files again to import them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="180"/>
        <source>Lần nhập trước chưa xong</source>
        <translation>The last import did not finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_switch.py" line="183"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../desktop/ui/line_chart.py" line="69"/>
        <source>Chưa có số liệu để vẽ</source>
        <translation>No figures to draw yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/line_chart.py" line="113"/>
        <source>thực hiện</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../desktop/ui/line_chart.py" line="113"/>
        <source>kế hoạch</source>
        <translation>plan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="48"/>
        <source>ReportDesk</source>
        <translation>ReportDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="104"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="105"/>
        <source>&amp;Mở tệp…</source>
        <translation>&amp;Open files…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="107"/>
        <source>&amp;Dán văn bản thành văn bản mới</source>
        <translation>&amp;Paste as a new text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="108"/>
        <source>&amp;Nhập cả thư mục…</source>
        <translation>&amp;Import a folder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="111"/>
        <source>&amp;Xuất Word/Excel…</source>
        <translation>&amp;Export Word/Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="112"/>
        <source>&amp;Sao lưu thư viện…</source>
        <translation>&amp;Back up library…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="113"/>
        <source>Mở thư viện khác / &amp;Khôi phục bản sao lưu…</source>
        <translation>Open another library / &amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="115"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="116"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="120"/>
        <source>&amp;Xóa mục đang chọn</source>
        <translation>&amp;Delete selected item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="122"/>
        <source>&amp;Tìm trong văn bản…</source>
        <translation>&amp;Find in the text…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="125"/>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="129"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Thiết lập…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="133"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="134"/>
        <source>&amp;Giới thiệu ReportDesk</source>
        <translation>&amp;About ReportDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="135"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="194"/>
        <source>Lần đầu sử dụng: đang tạo thư viện mẫu…</source>
        <translation>First run: creating the sample library…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="218"/>
        <source>Không mở được văn bản</source>
        <translation>Cannot open the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="236"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="241"/>
        <location filename="../desktop/ui/report_delete.py" line="148"/>
        <source>ReportDesk — {0}</source>
        <translation>ReportDesk — {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="259"/>
        <source>{0}/{1} đã xác minh</source>
        <translation>{0}/{1} verified</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="283"/>
        <source>Đã tạo mục mới từ đoạn chọn (Ctrl+Z để hoàn tác)</source>
        <translation>New item created from the selection (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="292"/>
        <source>Đã đặt lại vị trí của mục trong văn bản (Ctrl+Z để hoàn tác)</source>
        <translation>The item now points at the selection (Ctrl+Z to undo)</translation>
    </message>
</context>
<context>
    <name>NumberHint</name>
    <message>
        <location filename="../desktop/ui/number_hint.py" line="38"/>
        <source>Dùng dấu phẩy cho số thập phân: {0}</source>
        <translation>Use a comma for decimals: {0}</translation>
    </message>
</context>
<context>
    <name>NumberSettings</name>
    <message>
        <location filename="../desktop/ui/number_settings.py" line="44"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../desktop/ui/number_settings.py" line="46"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="40"/>
        <source>Cơ quan ban hành — thể thức Đảng</source>
        <translation>Issuing body — Party format</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="41"/>
        <source>Cơ quan ban hành — thể thức Nhà nước</source>
        <translation>Issuing body — State format</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="59"/>
        <source>CHỮ IN HOA, ví dụ HUYỆN ỦY …</source>
        <translation>CAPITALS, e.g. HUYỆN ỦY …</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="60"/>
        <source>CHỮ IN HOA, ví dụ ỦY BAN NHÂN DÂN XÃ …</source>
        <translation>CAPITALS, e.g. ỦY BAN NHÂN DÂN XÃ …</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="61"/>
        <source>ĐẢNG BỘ TỈNH … (để trống nếu không có)</source>
        <translation>ĐẢNG BỘ TỈNH … (leave empty if none)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="62"/>
        <source>để trống nếu không có</source>
        <translation>leave empty if none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="64"/>
        <source>BÍ THƯ, PHÓ BÍ THƯ…</source>
        <translation>BÍ THƯ, PHÓ BÍ THƯ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="64"/>
        <source>CHỦ TỊCH, PHÓ CHỦ TỊCH…</source>
        <translation>CHỦ TỊCH, PHÓ CHỦ TỊCH…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="65"/>
        <source>Ban Thường vụ Huyện ủy…</source>
        <translation>Ban Thường vụ Huyện ủy…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="65"/>
        <source>Ủy ban nhân dân xã…</source>
        <translation>Ủy ban nhân dân xã…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="66"/>
        <source>Lưu Văn phòng …</source>
        <translation>Lưu Văn phòng …</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="69"/>
        <source>BAN THƯỜNG VỤ…</source>
        <translation>BAN THƯỜNG VỤ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="69"/>
        <source>ỦY BAN NHÂN DÂN…</source>
        <translation>ỦY BAN NHÂN DÂN…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="70"/>
        <source>Mỗi nơi nhận một dòng</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="75"/>
        <source>Văn bản xuất cần tên cơ quan ban hành và người ký của đơn vị bạn; ứng dụng không dùng tên cơ quan mẫu. Thông tin được lưu trong Thiết lập cho các lần xuất sau.</source>
        <translation>Exported documents need your office&apos;s issuing body and signer; the program never uses a sample office. What you enter is kept in Settings for later exports.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="81"/>
        <source>Tên cơ quan ban hành *</source>
        <translation>Issuing body *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="82"/>
        <source>Cơ quan cấp trên trực tiếp</source>
        <translation>Directly superior body</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="83"/>
        <source>Địa danh *</source>
        <translation>Place name *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="84"/>
        <source>Ký hiệu của cơ quan *</source>
        <translation>Issuer code *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="88"/>
        <source>Thẩm quyền ký *</source>
        <translation>Signing authority *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="89"/>
        <source>Chức vụ người ký *</source>
        <translation>Signer&apos;s position *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="90"/>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="91"/>
        <source>Tên gọi trong nội dung</source>
        <translation>Name used in the text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="92"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="93"/>
        <source>Dòng lưu</source>
        <translation>Archive line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="95"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="95"/>
        <source>Lưu và xuất</source>
        <translation>Save and export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="96"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="110"/>
        <source>tên cơ quan ban hành</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="110"/>
        <source>địa danh</source>
        <translation>place name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="111"/>
        <source>ký hiệu của cơ quan</source>
        <translation>issuer code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="111"/>
        <source>thẩm quyền ký</source>
        <translation>signing authority</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="112"/>
        <source>chức vụ người ký</source>
        <translation>signer&apos;s position</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="115"/>
        <source>Cần nhập: {0}.</source>
        <translation>Please enter: {0}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/organisation_dialog.py" line="148"/>
        <source>Chưa nhập — bấm để nhập…</source>
        <translation>Not entered — click to enter…</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="32"/>
        <source>Tiến độ đọc được trong các văn bản mới hơn</source>
        <translation>Progress read in newer reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="37"/>
        <source>Đánh dấu các đề xuất đúng rồi bấm Cập nhật; trạng thái chỉ đổi khi bạn xác nhận. Nhấp đúp vào câu trích để xem trong văn bản.</source>
        <translation>Tick the proposals that hold, then press Update; a status changes only when you confirm. Double-click a quoted sentence to see it in its report.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="40"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="40"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="40"/>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="41"/>
        <source>Câu trong văn bản mới hơn</source>
        <translation>Sentence in the newer report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="41"/>
        <source>Ngày văn bản</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="59"/>
        <source>Cập nhật các mục đã đánh dấu</source>
        <translation>Update the ticked tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_proposals.py" line="59"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../desktop/ui/recent_files.py" line="38"/>
        <source>Tệp &amp;gần đây</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/recent_files.py" line="69"/>
        <source>Không còn ở {0}</source>
        <translation>No longer at {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/recent_files.py" line="72"/>
        <source>(Chưa mở tệp nào)</source>
        <translation>(No file opened yet)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/recent_files.py" line="75"/>
        <source>&amp;Bỏ các tệp không còn</source>
        <translation>&amp;Remove missing files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/recent_files.py" line="77"/>
        <source>&amp;Xóa danh sách</source>
        <translation>&amp;Clear list</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../desktop/ui/register_model.py" line="24"/>
        <source>chưa thực hiện</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="25"/>
        <source>đang thực hiện</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="26"/>
        <source>hoàn thành</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="27"/>
        <source>không thực hiện được</source>
        <translation>could not be done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="30"/>
        <source>chưa hoàn thành – quá hạn</source>
        <translation>not done – overdue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="31"/>
        <source>sắp đến hạn</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="32"/>
        <source>chưa hoàn thành – trong hạn</source>
        <translation>not done – within deadline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="33"/>
        <source>đã hoàn thành đúng hạn</source>
        <translation>done on time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="34"/>
        <source>đã hoàn thành quá hạn</source>
        <translation>done late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="35"/>
        <source>thường xuyên</source>
        <translation>recurring</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="36"/>
        <source>chưa rõ thời hạn</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="39"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="40"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="41"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="42"/>
        <source>Phối hợp</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="43"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="44"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="45"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="46"/>
        <source>Phân loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="47"/>
        <source>Văn bản giao</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_model.py" line="48"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../desktop/ui/register_window.py" line="87"/>
        <source>Sổ theo dõi nhiệm vụ</source>
        <translation>Task follow-up register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="105"/>
        <source>Tìm tiến độ trong các văn bản mới hơn…</source>
        <translation>Look for progress in newer reports…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="111"/>
        <source>Thêm nhiệm vụ…</source>
        <translation>Add a task…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="114"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="115"/>
        <source>Sổ theo dõi các nhiệm vụ đang hiện (theo bộ lọc), kèm bảng tổng hợp</source>
        <translation>The register of the tasks shown (as filtered), with a summary sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="130"/>
        <source>Chủ trì (không cần dấu)</source>
        <translation>Lead (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="132"/>
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="136"/>
        <source>Mọi phân loại</source>
        <translation>Any category</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="140"/>
        <location filename="../desktop/ui/register_window.py" line="168"/>
        <source>Mọi đơn vị</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="142"/>
        <source>hạn từ ngày (dd/mm/yyyy)</source>
        <translation>due from (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="143"/>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="160"/>
        <source>Không đọc được sổ theo dõi</source>
        <translation>Could not read the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="189"/>
        <source>{0} nhiệm vụ</source>
        <translation>{0} tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="196"/>
        <source>Sửa hạn: {0}</source>
        <translation>Change due date: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="196"/>
        <source>theo văn bản</source>
        <translation>as in the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="213"/>
        <source>Sửa ghi chú</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="232"/>
        <source>Đổi tình trạng: {0}</source>
        <translation>Change status: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="266"/>
        <source>Xuất sổ theo dõi nhiệm vụ</source>
        <translation>Export the task register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="295"/>
        <source>Không đọc được các văn bản</source>
        <translation>Could not read the reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="303"/>
        <source>không thấy tiến độ mới trong các văn bản</source>
        <translation>no new progress found in the reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="314"/>
        <source>Cập nhật {0} nhiệm vụ theo văn bản mới hơn</source>
        <translation>Update {0} tasks from newer reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register_window.py" line="205"/>
        <location filename="../desktop/ui/register_window.py" line="221"/>
        <location filename="../desktop/ui/register_window.py" line="254"/>
        <location filename="../desktop/ui/register_window.py" line="333"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ReportDelete</name>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="25"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="26"/>
        <source>Không xóa</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="48"/>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="61"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
</context>
<context>
    <name>ReportDeletion</name>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="85"/>
        <source>Xóa văn bản này khỏi thư viện…</source>
        <translation>Delete this report from the library…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="87"/>
        <source>Khôi phục văn bản vừa xóa</source>
        <translation>Restore the report just deleted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="98"/>
        <source>Chưa mở thư viện.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="105"/>
        <source>Chưa mở văn bản nào để xóa.</source>
        <translation>No report is open.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="109"/>
        <source>Xóa văn bản</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="110"/>
        <source>Xóa văn bản “{0}” cùng {1} mục khỏi thư viện?

Có thể hoàn tác (Ctrl+Z) khi ứng dụng còn mở; việc xóa được ghi vào nhật ký.</source>
        <translation>Delete the report “{0}” and its {1} items from the library?

Ctrl+Z undoes it while the application is open; the deletion is recorded in the change log.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="113"/>
        <source>Xóa văn bản “{0}”</source>
        <translation>Delete report “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="134"/>
        <source>Đã xóa văn bản “{0}” (Ctrl+Z để hoàn tác).</source>
        <translation>Report “{0}” deleted (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_delete.py" line="139"/>
        <source>Đã khôi phục văn bản.</source>
        <translation>Report restored.</translation>
    </message>
</context>
<context>
    <name>ReportDetails</name>
    <message>
        <location filename="../desktop/ui/report_details.py" line="25"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="26"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="27"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="28"/>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="29"/>
        <source>Ngày họp / làm việc</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="30"/>
        <source>Người chủ trì</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="62"/>
        <source>Không đọc được ngày “{0}”. Hãy ghi ngày/tháng/năm, ví dụ 14/3/2025.</source>
        <translation>Cannot read the date “{0}”. Write day/month/year, e.g. 14/3/2025.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="69"/>
        <source>Ngày “{0}” không có trong lịch.</source>
        <translation>There is no such day as “{0}”.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_details.py" line="109"/>
        <source>Giá trị bạn đã nhập: {0}</source>
        <translation>What you entered: {0}</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../desktop/ui/form.py" line="187"/>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="188"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="189"/>
        <source>Kiến nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="190"/>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="191"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="192"/>
        <source>Nhân sự</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="239"/>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="240"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="250"/>
        <source>Số liệu tổng hợp: các số tổng, các phần và tỷ số</source>
        <translation>Tallies: totals, their parts, and ratios</translation>
    </message>
    <message>
        <location filename="../desktop/ui/form.py" line="273"/>
        <source>Kiểm tra ({0})</source>
        <translation>Checks ({0})</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <location filename="../desktop/ui/load_progress.py" line="31"/>
        <source>Đang mở văn bản…</source>
        <translation>Opening the text…</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <location filename="../desktop/ui/session.py" line="86"/>
        <source>Sửa {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="93"/>
        <source>Đánh dấu {0} mục: {1}</source>
        <translation>Mark {0} items: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="96"/>
        <source>Thêm mục</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/delete_key.py" line="40"/>
        <location filename="../desktop/ui/session.py" line="99"/>
        <source>Xóa mục</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="116"/>
        <source>Đánh dấu dòng là nội dung bài viết</source>
        <translation>Mark line as article text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="117"/>
        <source>Đánh dấu dòng là phần trang web</source>
        <translation>Mark line as page chrome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="117"/>
        <source>Bỏ đánh dấu dòng</source>
        <translation>Unmark line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="160"/>
        <source>Giá trị bạn đã nhập: {0}</source>
        <translation>What you entered: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="200"/>
        <source>Không mục nào bị xóa.</source>
        <translation>No item was deleted.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../desktop/ui/review.py" line="28"/>
        <source>Đánh dấu &amp;đã xác minh</source>
        <translation>Mark &amp;verified</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="30"/>
        <source>Đánh dấu &amp;cần sửa</source>
        <translation>Mark needs &amp;fixing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="31"/>
        <source>Đánh dấu &amp;loại bỏ</source>
        <translation>Mark &amp;rejected</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="32"/>
        <source>Mục &amp;chưa kiểm tra tiếp theo</source>
        <translation>&amp;Next unreviewed item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="33"/>
        <source>&amp;Lịch sử sửa đổi của mục…</source>
        <translation>Item &amp;history…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="34"/>
        <source>Xác minh cả các mục &amp;giống hệt ở văn bản khác</source>
        <translation>Verify the &amp;identical items in other texts too</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="38"/>
        <source>Văn bản &amp;không có gì cần trích xuất (đã kiểm tra)</source>
        <translation>&amp;Nothing to extract from this text (checked)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="42"/>
        <source>Chỉ hiện mục chưa kiểm tra</source>
        <translation>Show unreviewed items only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="62"/>
        <source>Chưa chọn mục nào trong văn bản này.</source>
        <translation>No item of this text is selected.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="92"/>
        <source>Có {0} mục giống hệt ở văn bản khác chưa kiểm tra — Ctrl+Alt+Enter để xác minh cả</source>
        <translation>{0} identical unreviewed items in other texts — Ctrl+Alt+Enter verifies them too</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="108"/>
        <source>Xác minh {0} mục giống hệt ở văn bản khác</source>
        <translation>Verify {0} identical items in other texts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="110"/>
        <location filename="../desktop/ui/review.py" line="161"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="111"/>
        <source>Đã xác minh {0} mục giống hệt (Ctrl+Z để hoàn tác)</source>
        <translation>Verified {0} identical items (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="121"/>
        <source>Mọi mục của văn bản này đã được kiểm tra.</source>
        <translation>Every item of this text has been reviewed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="170"/>
        <source>Lịch sử sửa đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review.py" line="170"/>
        <source>Chọn một mục trong bảng để xem lịch sử sửa đổi của nó.</source>
        <translation>Select one item in a table to see its history.</translation>
    </message>
</context>
<context>
    <name>SearchRows</name>
    <message>
        <location filename="../desktop/ui/search_rows.py" line="19"/>
        <source>còn {0} kết quả trong văn bản này</source>
        <translation>{0} more in this report</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="39"/>
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="42"/>
        <source>Tên hiện trong nhật ký sửa đổi</source>
        <translation>Name shown in the change log</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="48"/>
        <source>Tên người dùng</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="50"/>
        <source>Cơ quan ban hành — thể thức Đảng</source>
        <translation>Issuing body — Party format</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="51"/>
        <source>Cơ quan ban hành — thể thức Nhà nước</source>
        <translation>Issuing body — State format</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="52"/>
        <source>Ngôn ngữ giao diện (khởi động lại để áp dụng)</source>
        <translation>Interface language (applies after restart)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="56"/>
        <source>Sao lưu tự động sau mỗi</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="58"/>
        <source>Nhiệm vụ “sắp đến hạn” khi còn</source>
        <translation>A task is “due soon” within</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="59"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs.py" line="59"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../desktop/ui/columns.py" line="101"/>
        <source>chưa kiểm tra</source>
        <translation>unreviewed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="101"/>
        <source>đã xác minh</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="102"/>
        <source>cần sửa</source>
        <translation>needs fixing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="102"/>
        <source>loại bỏ</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="103"/>
        <source>lỗi</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="103"/>
        <source>cảnh báo</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/columns.py" line="104"/>
        <source>thông tin</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>TargetsWindow</name>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="46"/>
        <source>Chỉ tiêu qua các kỳ báo cáo</source>
        <translation>Targets over time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="67"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="83"/>
        <source>Không đọc được chỉ tiêu</source>
        <translation>Could not read the targets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="90"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="90"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="92"/>
        <source>KH</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="92"/>
        <source>TH</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="98"/>
        <source>{0} chỉ tiêu trong {1} kỳ báo cáo</source>
        <translation>{0} targets over {1} reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_window.py" line="112"/>
        <source>Xuất chỉ tiêu qua các kỳ</source>
        <translation>Export targets over time</translation>
    </message>
</context>
<context>
    <name>ThinMark</name>
    <message>
        <location filename="../desktop/ui/thin_mark.py" line="19"/>
        <source>Nhãn trống hoặc chỉ có một từ (có thể đọc sai): mục này không được đưa vào văn bản xuất cho đến khi bạn sửa hoặc xác minh nó.</source>
        <translation>Label empty or a single word (possibly misread): this item is left out of exports until you correct or verify it.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../desktop/ui/delete_key.py" line="41"/>
        <source>Xóa {0} mục</source>
        <translation>Delete {0} items</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="12"/>
        <source>Hoàn tác:</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="13"/>
        <source>Làm lại:</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="21"/>
        <source>&amp;Hoàn tác: {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="22"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="23"/>
        <source>&amp;Làm lại: {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="24"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="26"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo_actions.py" line="27"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
</context>
</TS>
