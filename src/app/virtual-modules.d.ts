declare module 'virtual:model-index' {
  const index: import('../shared/model-index').ModelIndexEntry[];
  export default index;
}
