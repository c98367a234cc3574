export interface Bar {
    label: string;
    value: number;
    /** CSS class that colours the bar. */
    cls: string;
}
export declare function barChart(title: string, bars: readonly Bar[]): string;
