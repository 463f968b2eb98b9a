public class RtlLabels {
    // RLM keeps the punctuation on the right side in Hebrew and Arabic labels
    static final String SAVE_HE = "‏שמור";
    static final String SAVE_AR = "‏حفظ";
}
