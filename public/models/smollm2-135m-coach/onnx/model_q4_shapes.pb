:î°j
/Shape_1/out


j
/mask_2/out


j
/Shape_3/out


j
/mask_4/out


j
/mask_5/out


j(
/mask_6/out

sequence_lengthj.
/mask_7/out

total_sequence_lengthj7
/Unsqueeze_8/out#
!

total_sequence_lengthj1
/Unsqueeze_9/out

sequence_length
jB
/mask_10/out2
0	,
sequence_length
total_sequence_lengthj=
/mask_11/out-
+	'

batch_size
total_sequence_lengthjE
/mask_12/out5
3	/

batch_size


total_sequence_lengthjT
/mask_13/outD
B	>

batch_size

sequence_length
total_sequence_lengthj7
/rope_14/out'
%!

batch_size
sequence_lengthj;
/rope_15/out+
)%

batch_size
sequence_length
j;
/rope_16/out+
)%

batch_size
sequence_length
 j;
/rope_17/out+
)%

batch_size
sequence_length
@j;
/rope_18/out+
)%

batch_size
sequence_length
@j;
/rope_19/out+
)%

batch_size
sequence_length
@j?
/rope_20/out/
-)

batch_size

sequence_length
@j?
/rope_21/out/
-)

batch_size

sequence_length
@j5
!/model.embed_tokens.scales_22/out


€€
jM
/model.embed_tokens_23/out/
-)

batch_size
sequence_length

 jM
/model.embed_tokens_24/out/
-)

batch_size
sequence_length

 jM
/model.embed_tokens_25/out/
-)

batch_size
sequence_length

 jM
/model.embed_tokens_26/out/
-)

batch_size
sequence_length

 jI
/model.embed_tokens_27/out+
)%

batch_size
sequence_length
jD
/unsqueeze_28/out/
-)

batch_size
sequence_length

jM
/model.embed_tokens_29/out/
-)

batch_size
sequence_length

 jJ
/model.embed_tokens_30/out,
*&

batch_size
sequence_length
ÀjV
&/model.layers.0.input_layernorm_31/out,
*&

batch_size
sequence_length
ÀjU
&/model.layers.0.input_layernorm_32/out+
)%

batch_size
sequence_length
jU
&/model.layers.0.input_layernorm_33/out+
)%

batch_size
sequence_length
jU
&/model.layers.0.input_layernorm_34/out+
)%

batch_size
sequence_length
jV
&/model.layers.0.input_layernorm_35/out,
*&

batch_size
sequence_length
ÀjV
&/model.layers.0.input_layernorm_36/out,
*&

batch_size
sequence_length
ÀjC
0/model.layers.0.self_attn.qkv_proj.scales_37/out
	
À
jH
5/model.layers.0.self_attn.qkv_proj.block_min_t_38/out
	

ÀjY
)/model.layers.0.self_attn.qkv_proj_39/out,
*&

batch_size
sequence_length
ÀjE
/block_sums_40/out/
-)

batch_size
sequence_length

 jA
/block_sums_41/out+
)%

batch_size
sequence_length
jY
)/model.layers.0.self_attn.qkv_proj_42/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.0.self_attn.qkv_proj_43/out,
*&

batch_size
sequence_length
ÀjQ
!/model.layers.0.self_attn_44/out0,
*&

batch_size
sequence_length
ÀjQ
!/model.layers.0.self_attn_44/out1,
*&

batch_size
sequence_length
ÀjQ
!/model.layers.0.self_attn_44/out2,
*&

batch_size
sequence_length
ÀjH
/layers.0.attn_45/out/
-)

batch_size
sequence_length
	
@jH
/layers.0.attn_46/out/
-)

batch_size
	
sequence_length
@jH
/layers.0.attn_47/out/
-)

batch_size
sequence_length

@jH
/layers.0.attn_48/out/
-)

batch_size

sequence_length
@jH
/layers.0.attn_49/out/
-)

batch_size
sequence_length

@jH
/layers.0.attn_50/out/
-)

batch_size

sequence_length
@jH
/layers.0.attn_51/out/
-)

batch_size
	
sequence_length
 jH
/layers.0.attn_52/out/
-)

batch_size
	
sequence_length
 jH
/layers.0.attn_53/out/
-)

batch_size
	
sequence_length
 jH
/layers.0.attn_54/out/
-)

batch_size
	
sequence_length
@jH
/layers.0.attn_55/out/
-)

batch_size
	
sequence_length
@jH
/layers.0.attn_56/out/
-)

batch_size
	
sequence_length
@jH
/layers.0.attn_57/out/
-)

batch_size
	
sequence_length
@jH
/layers.0.attn_58/out/
-)

batch_size

sequence_length
 jH
/layers.0.attn_59/out/
-)

batch_size

sequence_length
 jH
/layers.0.attn_60/out/
-)

batch_size

sequence_length
 jH
/layers.0.attn_61/out/
-)

batch_size

sequence_length
@jH
/layers.0.attn_62/out/
-)

batch_size

sequence_length
@jH
/layers.0.attn_63/out/
-)

batch_size

sequence_length
@jH
/layers.0.attn_64/out/
-)

batch_size

sequence_length
@jH
/layers.0.attn_67/out/
-)

batch_size
	
sequence_length
@jJ
/layers.0.attn_68/out1
/+

batch_size

3*sequence_length
@jN
/layers.0.attn_69/out5
3/

batch_size

@
total_sequence_lengthj_
/layers.0.attn_70/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj]
/layers.0.attn_71/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj]
/layers.0.attn_72/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj]
/layers.0.attn_73/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj_
/layers.0.attn_74/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjJ
/layers.0.attn_75/out1
/+

batch_size

3*sequence_length
@jH
/layers.0.attn_76/out/
-)

batch_size
	
sequence_length
@jH
/layers.0.attn_77/out/
-)

batch_size
sequence_length
	
@jE
/layers.0.attn_78/out,
*&

batch_size
sequence_length
ÀjA
./model.layers.0.self_attn.o_proj.scales_79/out
	
À
jF
3/model.layers.0.self_attn.o_proj.block_min_t_80/out
	

ÀjW
'/model.layers.0.self_attn.o_proj_81/out,
*&

batch_size
sequence_length
ÀjE
/block_sums_82/out/
-)

batch_size
sequence_length

 jA
/block_sums_83/out+
)%

batch_size
sequence_length
jW
'/model.layers.0.self_attn.o_proj_84/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.0.self_attn.o_proj_85/out,
*&

batch_size
sequence_length
ÀjF
/model.layers.0_86/out,
*&

batch_size
sequence_length
Àj_
//model.layers.0.post_attention_layernorm_87/out,
*&

batch_size
sequence_length
Àj^
//model.layers.0.post_attention_layernorm_88/out+
)%

batch_size
sequence_length
j^
//model.layers.0.post_attention_layernorm_89/out+
)%

batch_size
sequence_length
j^
//model.layers.0.post_attention_layernorm_90/out+
)%

batch_size
sequence_length
j_
//model.layers.0.post_attention_layernorm_91/out,
*&

batch_size
sequence_length
Àj_
//model.layers.0.post_attention_layernorm_92/out,
*&

batch_size
sequence_length
ÀjA
./model.layers.0.mlp.gate_up_proj.scales_93/out
	
€
jF
3/model.layers.0.mlp.gate_up_proj.block_min_t_94/out
	

€jW
'/model.layers.0.mlp.gate_up_proj_95/out,
*&

batch_size
sequence_length
€jE
/block_sums_96/out/
-)

batch_size
sequence_length

 jA
/block_sums_97/out+
)%

batch_size
sequence_length
jW
'/model.layers.0.mlp.gate_up_proj_98/out,
*&

batch_size
sequence_length
€jW
'/model.layers.0.mlp.gate_up_proj_99/out,
*&

batch_size
sequence_length
€jL
/model.layers.0.mlp_100/out0,
*&

batch_size
sequence_length
€jL
/model.layers.0.mlp_100/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_101/out,
*&

batch_size
sequence_length
€j=
/silu_102/out,
*&

batch_size
sequence_length
€jK
/model.layers.0.mlp_103/out,
*&

batch_size
sequence_length
€j?
,/model.layers.0.mlp.down_proj.scales_104/out
	
À
0jD
1/model.layers.0.mlp.down_proj.block_min_t_105/out
	
0
ÀjU
%/model.layers.0.mlp.down_proj_106/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_107/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_108/out+
)%

batch_size
sequence_length
0jU
%/model.layers.0.mlp.down_proj_109/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.0.mlp.down_proj_110/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.0_111/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.1.input_layernorm_112/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.1.input_layernorm_113/out+
)%

batch_size
sequence_length
jV
'/model.layers.1.input_layernorm_114/out+
)%

batch_size
sequence_length
jV
'/model.layers.1.input_layernorm_115/out+
)%

batch_size
sequence_length
jW
'/model.layers.1.input_layernorm_116/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.1.input_layernorm_117/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.1.self_attn.qkv_proj.scales_118/out
	
À
jI
6/model.layers.1.self_attn.qkv_proj.block_min_t_119/out
	

ÀjZ
*/model.layers.1.self_attn.qkv_proj_120/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_121/out/
-)

batch_size
sequence_length

 jB
/block_sums_122/out+
)%

batch_size
sequence_length
jZ
*/model.layers.1.self_attn.qkv_proj_123/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.1.self_attn.qkv_proj_124/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.1.self_attn_125/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.1.self_attn_125/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.1.self_attn_125/out2,
*&

batch_size
sequence_length
ÀjI
/layers.1.attn_126/out/
-)

batch_size
sequence_length
	
@jI
/layers.1.attn_127/out/
-)

batch_size
	
sequence_length
@jI
/layers.1.attn_128/out/
-)

batch_size
sequence_length

@jI
/layers.1.attn_129/out/
-)

batch_size

sequence_length
@jI
/layers.1.attn_130/out/
-)

batch_size
sequence_length

@jI
/layers.1.attn_131/out/
-)

batch_size

sequence_length
@jI
/layers.1.attn_132/out/
-)

batch_size
	
sequence_length
 jI
/layers.1.attn_133/out/
-)

batch_size
	
sequence_length
 jI
/layers.1.attn_134/out/
-)

batch_size
	
sequence_length
 jI
/layers.1.attn_135/out/
-)

batch_size
	
sequence_length
@jI
/layers.1.attn_136/out/
-)

batch_size
	
sequence_length
@jI
/layers.1.attn_137/out/
-)

batch_size
	
sequence_length
@jI
/layers.1.attn_138/out/
-)

batch_size
	
sequence_length
@jI
/layers.1.attn_139/out/
-)

batch_size

sequence_length
 jI
/layers.1.attn_140/out/
-)

batch_size

sequence_length
 jI
/layers.1.attn_141/out/
-)

batch_size

sequence_length
 jI
/layers.1.attn_142/out/
-)

batch_size

sequence_length
@jI
/layers.1.attn_143/out/
-)

batch_size

sequence_length
@jI
/layers.1.attn_144/out/
-)

batch_size

sequence_length
@jI
/layers.1.attn_145/out/
-)

batch_size

sequence_length
@jI
/layers.1.attn_148/out/
-)

batch_size
	
sequence_length
@jK
/layers.1.attn_149/out1
/+

batch_size

3*sequence_length
@jO
/layers.1.attn_150/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.1.attn_151/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.1.attn_152/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.1.attn_153/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.1.attn_154/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.1.attn_155/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.1.attn_156/out1
/+

batch_size

3*sequence_length
@jI
/layers.1.attn_157/out/
-)

batch_size
	
sequence_length
@jI
/layers.1.attn_158/out/
-)

batch_size
sequence_length
	
@jF
/layers.1.attn_159/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.1.self_attn.o_proj.scales_160/out
	
À
jG
4/model.layers.1.self_attn.o_proj.block_min_t_161/out
	

ÀjX
(/model.layers.1.self_attn.o_proj_162/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_163/out/
-)

batch_size
sequence_length

 jB
/block_sums_164/out+
)%

batch_size
sequence_length
jX
(/model.layers.1.self_attn.o_proj_165/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.1.self_attn.o_proj_166/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.1_167/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.1.post_attention_layernorm_168/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.1.post_attention_layernorm_169/out+
)%

batch_size
sequence_length
j_
0/model.layers.1.post_attention_layernorm_170/out+
)%

batch_size
sequence_length
j_
0/model.layers.1.post_attention_layernorm_171/out+
)%

batch_size
sequence_length
j`
0/model.layers.1.post_attention_layernorm_172/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.1.post_attention_layernorm_173/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.1.mlp.gate_up_proj.scales_174/out
	
€
jG
4/model.layers.1.mlp.gate_up_proj.block_min_t_175/out
	

€jX
(/model.layers.1.mlp.gate_up_proj_176/out,
*&

batch_size
sequence_length
€jF
/block_sums_177/out/
-)

batch_size
sequence_length

 jB
/block_sums_178/out+
)%

batch_size
sequence_length
jX
(/model.layers.1.mlp.gate_up_proj_179/out,
*&

batch_size
sequence_length
€jX
(/model.layers.1.mlp.gate_up_proj_180/out,
*&

batch_size
sequence_length
€jL
/model.layers.1.mlp_181/out0,
*&

batch_size
sequence_length
€jL
/model.layers.1.mlp_181/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_182/out,
*&

batch_size
sequence_length
€j=
/silu_183/out,
*&

batch_size
sequence_length
€jK
/model.layers.1.mlp_184/out,
*&

batch_size
sequence_length
€j?
,/model.layers.1.mlp.down_proj.scales_185/out
	
À
0jD
1/model.layers.1.mlp.down_proj.block_min_t_186/out
	
0
ÀjU
%/model.layers.1.mlp.down_proj_187/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_188/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_189/out+
)%

batch_size
sequence_length
0jU
%/model.layers.1.mlp.down_proj_190/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.1.mlp.down_proj_191/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.1_192/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.2.input_layernorm_193/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.2.input_layernorm_194/out+
)%

batch_size
sequence_length
jV
'/model.layers.2.input_layernorm_195/out+
)%

batch_size
sequence_length
jV
'/model.layers.2.input_layernorm_196/out+
)%

batch_size
sequence_length
jW
'/model.layers.2.input_layernorm_197/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.2.input_layernorm_198/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.2.self_attn.qkv_proj.scales_199/out
	
À
jI
6/model.layers.2.self_attn.qkv_proj.block_min_t_200/out
	

ÀjZ
*/model.layers.2.self_attn.qkv_proj_201/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_202/out/
-)

batch_size
sequence_length

 jB
/block_sums_203/out+
)%

batch_size
sequence_length
jZ
*/model.layers.2.self_attn.qkv_proj_204/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.2.self_attn.qkv_proj_205/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.2.self_attn_206/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.2.self_attn_206/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.2.self_attn_206/out2,
*&

batch_size
sequence_length
ÀjI
/layers.2.attn_207/out/
-)

batch_size
sequence_length
	
@jI
/layers.2.attn_208/out/
-)

batch_size
	
sequence_length
@jI
/layers.2.attn_209/out/
-)

batch_size
sequence_length

@jI
/layers.2.attn_210/out/
-)

batch_size

sequence_length
@jI
/layers.2.attn_211/out/
-)

batch_size
sequence_length

@jI
/layers.2.attn_212/out/
-)

batch_size

sequence_length
@jI
/layers.2.attn_213/out/
-)

batch_size
	
sequence_length
 jI
/layers.2.attn_214/out/
-)

batch_size
	
sequence_length
 jI
/layers.2.attn_215/out/
-)

batch_size
	
sequence_length
 jI
/layers.2.attn_216/out/
-)

batch_size
	
sequence_length
@jI
/layers.2.attn_217/out/
-)

batch_size
	
sequence_length
@jI
/layers.2.attn_218/out/
-)

batch_size
	
sequence_length
@jI
/layers.2.attn_219/out/
-)

batch_size
	
sequence_length
@jI
/layers.2.attn_220/out/
-)

batch_size

sequence_length
 jI
/layers.2.attn_221/out/
-)

batch_size

sequence_length
 jI
/layers.2.attn_222/out/
-)

batch_size

sequence_length
 jI
/layers.2.attn_223/out/
-)

batch_size

sequence_length
@jI
/layers.2.attn_224/out/
-)

batch_size

sequence_length
@jI
/layers.2.attn_225/out/
-)

batch_size

sequence_length
@jI
/layers.2.attn_226/out/
-)

batch_size

sequence_length
@jI
/layers.2.attn_229/out/
-)

batch_size
	
sequence_length
@jK
/layers.2.attn_230/out1
/+

batch_size

3*sequence_length
@jO
/layers.2.attn_231/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.2.attn_232/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.2.attn_233/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.2.attn_234/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.2.attn_235/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.2.attn_236/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.2.attn_237/out1
/+

batch_size

3*sequence_length
@jI
/layers.2.attn_238/out/
-)

batch_size
	
sequence_length
@jI
/layers.2.attn_239/out/
-)

batch_size
sequence_length
	
@jF
/layers.2.attn_240/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.2.self_attn.o_proj.scales_241/out
	
À
jG
4/model.layers.2.self_attn.o_proj.block_min_t_242/out
	

ÀjX
(/model.layers.2.self_attn.o_proj_243/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_244/out/
-)

batch_size
sequence_length

 jB
/block_sums_245/out+
)%

batch_size
sequence_length
jX
(/model.layers.2.self_attn.o_proj_246/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.2.self_attn.o_proj_247/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.2_248/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.2.post_attention_layernorm_249/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.2.post_attention_layernorm_250/out+
)%

batch_size
sequence_length
j_
0/model.layers.2.post_attention_layernorm_251/out+
)%

batch_size
sequence_length
j_
0/model.layers.2.post_attention_layernorm_252/out+
)%

batch_size
sequence_length
j`
0/model.layers.2.post_attention_layernorm_253/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.2.post_attention_layernorm_254/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.2.mlp.gate_up_proj.scales_255/out
	
€
jG
4/model.layers.2.mlp.gate_up_proj.block_min_t_256/out
	

€jX
(/model.layers.2.mlp.gate_up_proj_257/out,
*&

batch_size
sequence_length
€jF
/block_sums_258/out/
-)

batch_size
sequence_length

 jB
/block_sums_259/out+
)%

batch_size
sequence_length
jX
(/model.layers.2.mlp.gate_up_proj_260/out,
*&

batch_size
sequence_length
€jX
(/model.layers.2.mlp.gate_up_proj_261/out,
*&

batch_size
sequence_length
€jL
/model.layers.2.mlp_262/out0,
*&

batch_size
sequence_length
€jL
/model.layers.2.mlp_262/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_263/out,
*&

batch_size
sequence_length
€j=
/silu_264/out,
*&

batch_size
sequence_length
€jK
/model.layers.2.mlp_265/out,
*&

batch_size
sequence_length
€j?
,/model.layers.2.mlp.down_proj.scales_266/out
	
À
0jD
1/model.layers.2.mlp.down_proj.block_min_t_267/out
	
0
ÀjU
%/model.layers.2.mlp.down_proj_268/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_269/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_270/out+
)%

batch_size
sequence_length
0jU
%/model.layers.2.mlp.down_proj_271/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.2.mlp.down_proj_272/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.2_273/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.3.input_layernorm_274/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.3.input_layernorm_275/out+
)%

batch_size
sequence_length
jV
'/model.layers.3.input_layernorm_276/out+
)%

batch_size
sequence_length
jV
'/model.layers.3.input_layernorm_277/out+
)%

batch_size
sequence_length
jW
'/model.layers.3.input_layernorm_278/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.3.input_layernorm_279/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.3.self_attn.qkv_proj.scales_280/out
	
À
jI
6/model.layers.3.self_attn.qkv_proj.block_min_t_281/out
	

ÀjZ
*/model.layers.3.self_attn.qkv_proj_282/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_283/out/
-)

batch_size
sequence_length

 jB
/block_sums_284/out+
)%

batch_size
sequence_length
jZ
*/model.layers.3.self_attn.qkv_proj_285/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.3.self_attn.qkv_proj_286/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.3.self_attn_287/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.3.self_attn_287/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.3.self_attn_287/out2,
*&

batch_size
sequence_length
ÀjI
/layers.3.attn_288/out/
-)

batch_size
sequence_length
	
@jI
/layers.3.attn_289/out/
-)

batch_size
	
sequence_length
@jI
/layers.3.attn_290/out/
-)

batch_size
sequence_length

@jI
/layers.3.attn_291/out/
-)

batch_size

sequence_length
@jI
/layers.3.attn_292/out/
-)

batch_size
sequence_length

@jI
/layers.3.attn_293/out/
-)

batch_size

sequence_length
@jI
/layers.3.attn_294/out/
-)

batch_size
	
sequence_length
 jI
/layers.3.attn_295/out/
-)

batch_size
	
sequence_length
 jI
/layers.3.attn_296/out/
-)

batch_size
	
sequence_length
 jI
/layers.3.attn_297/out/
-)

batch_size
	
sequence_length
@jI
/layers.3.attn_298/out/
-)

batch_size
	
sequence_length
@jI
/layers.3.attn_299/out/
-)

batch_size
	
sequence_length
@jI
/layers.3.attn_300/out/
-)

batch_size
	
sequence_length
@jI
/layers.3.attn_301/out/
-)

batch_size

sequence_length
 jI
/layers.3.attn_302/out/
-)

batch_size

sequence_length
 jI
/layers.3.attn_303/out/
-)

batch_size

sequence_length
 jI
/layers.3.attn_304/out/
-)

batch_size

sequence_length
@jI
/layers.3.attn_305/out/
-)

batch_size

sequence_length
@jI
/layers.3.attn_306/out/
-)

batch_size

sequence_length
@jI
/layers.3.attn_307/out/
-)

batch_size

sequence_length
@jI
/layers.3.attn_310/out/
-)

batch_size
	
sequence_length
@jK
/layers.3.attn_311/out1
/+

batch_size

3*sequence_length
@jO
/layers.3.attn_312/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.3.attn_313/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.3.attn_314/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.3.attn_315/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.3.attn_316/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.3.attn_317/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.3.attn_318/out1
/+

batch_size

3*sequence_length
@jI
/layers.3.attn_319/out/
-)

batch_size
	
sequence_length
@jI
/layers.3.attn_320/out/
-)

batch_size
sequence_length
	
@jF
/layers.3.attn_321/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.3.self_attn.o_proj.scales_322/out
	
À
jG
4/model.layers.3.self_attn.o_proj.block_min_t_323/out
	

ÀjX
(/model.layers.3.self_attn.o_proj_324/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_325/out/
-)

batch_size
sequence_length

 jB
/block_sums_326/out+
)%

batch_size
sequence_length
jX
(/model.layers.3.self_attn.o_proj_327/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.3.self_attn.o_proj_328/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.3_329/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.3.post_attention_layernorm_330/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.3.post_attention_layernorm_331/out+
)%

batch_size
sequence_length
j_
0/model.layers.3.post_attention_layernorm_332/out+
)%

batch_size
sequence_length
j_
0/model.layers.3.post_attention_layernorm_333/out+
)%

batch_size
sequence_length
j`
0/model.layers.3.post_attention_layernorm_334/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.3.post_attention_layernorm_335/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.3.mlp.gate_up_proj.scales_336/out
	
€
jG
4/model.layers.3.mlp.gate_up_proj.block_min_t_337/out
	

€jX
(/model.layers.3.mlp.gate_up_proj_338/out,
*&

batch_size
sequence_length
€jF
/block_sums_339/out/
-)

batch_size
sequence_length

 jB
/block_sums_340/out+
)%

batch_size
sequence_length
jX
(/model.layers.3.mlp.gate_up_proj_341/out,
*&

batch_size
sequence_length
€jX
(/model.layers.3.mlp.gate_up_proj_342/out,
*&

batch_size
sequence_length
€jL
/model.layers.3.mlp_343/out0,
*&

batch_size
sequence_length
€jL
/model.layers.3.mlp_343/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_344/out,
*&

batch_size
sequence_length
€j=
/silu_345/out,
*&

batch_size
sequence_length
€jK
/model.layers.3.mlp_346/out,
*&

batch_size
sequence_length
€j?
,/model.layers.3.mlp.down_proj.scales_347/out
	
À
0jD
1/model.layers.3.mlp.down_proj.block_min_t_348/out
	
0
ÀjU
%/model.layers.3.mlp.down_proj_349/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_350/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_351/out+
)%

batch_size
sequence_length
0jU
%/model.layers.3.mlp.down_proj_352/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.3.mlp.down_proj_353/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.3_354/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.4.input_layernorm_355/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.4.input_layernorm_356/out+
)%

batch_size
sequence_length
jV
'/model.layers.4.input_layernorm_357/out+
)%

batch_size
sequence_length
jV
'/model.layers.4.input_layernorm_358/out+
)%

batch_size
sequence_length
jW
'/model.layers.4.input_layernorm_359/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.4.input_layernorm_360/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.4.self_attn.qkv_proj.scales_361/out
	
À
jI
6/model.layers.4.self_attn.qkv_proj.block_min_t_362/out
	

ÀjZ
*/model.layers.4.self_attn.qkv_proj_363/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_364/out/
-)

batch_size
sequence_length

 jB
/block_sums_365/out+
)%

batch_size
sequence_length
jZ
*/model.layers.4.self_attn.qkv_proj_366/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.4.self_attn.qkv_proj_367/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.4.self_attn_368/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.4.self_attn_368/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.4.self_attn_368/out2,
*&

batch_size
sequence_length
ÀjI
/layers.4.attn_369/out/
-)

batch_size
sequence_length
	
@jI
/layers.4.attn_370/out/
-)

batch_size
	
sequence_length
@jI
/layers.4.attn_371/out/
-)

batch_size
sequence_length

@jI
/layers.4.attn_372/out/
-)

batch_size

sequence_length
@jI
/layers.4.attn_373/out/
-)

batch_size
sequence_length

@jI
/layers.4.attn_374/out/
-)

batch_size

sequence_length
@jI
/layers.4.attn_375/out/
-)

batch_size
	
sequence_length
 jI
/layers.4.attn_376/out/
-)

batch_size
	
sequence_length
 jI
/layers.4.attn_377/out/
-)

batch_size
	
sequence_length
 jI
/layers.4.attn_378/out/
-)

batch_size
	
sequence_length
@jI
/layers.4.attn_379/out/
-)

batch_size
	
sequence_length
@jI
/layers.4.attn_380/out/
-)

batch_size
	
sequence_length
@jI
/layers.4.attn_381/out/
-)

batch_size
	
sequence_length
@jI
/layers.4.attn_382/out/
-)

batch_size

sequence_length
 jI
/layers.4.attn_383/out/
-)

batch_size

sequence_length
 jI
/layers.4.attn_384/out/
-)

batch_size

sequence_length
 jI
/layers.4.attn_385/out/
-)

batch_size

sequence_length
@jI
/layers.4.attn_386/out/
-)

batch_size

sequence_length
@jI
/layers.4.attn_387/out/
-)

batch_size

sequence_length
@jI
/layers.4.attn_388/out/
-)

batch_size

sequence_length
@jI
/layers.4.attn_391/out/
-)

batch_size
	
sequence_length
@jK
/layers.4.attn_392/out1
/+

batch_size

3*sequence_length
@jO
/layers.4.attn_393/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.4.attn_394/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.4.attn_395/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.4.attn_396/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.4.attn_397/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.4.attn_398/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.4.attn_399/out1
/+

batch_size

3*sequence_length
@jI
/layers.4.attn_400/out/
-)

batch_size
	
sequence_length
@jI
/layers.4.attn_401/out/
-)

batch_size
sequence_length
	
@jF
/layers.4.attn_402/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.4.self_attn.o_proj.scales_403/out
	
À
jG
4/model.layers.4.self_attn.o_proj.block_min_t_404/out
	

ÀjX
(/model.layers.4.self_attn.o_proj_405/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_406/out/
-)

batch_size
sequence_length

 jB
/block_sums_407/out+
)%

batch_size
sequence_length
jX
(/model.layers.4.self_attn.o_proj_408/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.4.self_attn.o_proj_409/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.4_410/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.4.post_attention_layernorm_411/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.4.post_attention_layernorm_412/out+
)%

batch_size
sequence_length
j_
0/model.layers.4.post_attention_layernorm_413/out+
)%

batch_size
sequence_length
j_
0/model.layers.4.post_attention_layernorm_414/out+
)%

batch_size
sequence_length
j`
0/model.layers.4.post_attention_layernorm_415/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.4.post_attention_layernorm_416/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.4.mlp.gate_up_proj.scales_417/out
	
€
jG
4/model.layers.4.mlp.gate_up_proj.block_min_t_418/out
	

€jX
(/model.layers.4.mlp.gate_up_proj_419/out,
*&

batch_size
sequence_length
€jF
/block_sums_420/out/
-)

batch_size
sequence_length

 jB
/block_sums_421/out+
)%

batch_size
sequence_length
jX
(/model.layers.4.mlp.gate_up_proj_422/out,
*&

batch_size
sequence_length
€jX
(/model.layers.4.mlp.gate_up_proj_423/out,
*&

batch_size
sequence_length
€jL
/model.layers.4.mlp_424/out0,
*&

batch_size
sequence_length
€jL
/model.layers.4.mlp_424/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_425/out,
*&

batch_size
sequence_length
€j=
/silu_426/out,
*&

batch_size
sequence_length
€jK
/model.layers.4.mlp_427/out,
*&

batch_size
sequence_length
€j?
,/model.layers.4.mlp.down_proj.scales_428/out
	
À
0jD
1/model.layers.4.mlp.down_proj.block_min_t_429/out
	
0
ÀjU
%/model.layers.4.mlp.down_proj_430/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_431/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_432/out+
)%

batch_size
sequence_length
0jU
%/model.layers.4.mlp.down_proj_433/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.4.mlp.down_proj_434/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.4_435/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.5.input_layernorm_436/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.5.input_layernorm_437/out+
)%

batch_size
sequence_length
jV
'/model.layers.5.input_layernorm_438/out+
)%

batch_size
sequence_length
jV
'/model.layers.5.input_layernorm_439/out+
)%

batch_size
sequence_length
jW
'/model.layers.5.input_layernorm_440/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.5.input_layernorm_441/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.5.self_attn.qkv_proj.scales_442/out
	
À
jI
6/model.layers.5.self_attn.qkv_proj.block_min_t_443/out
	

ÀjZ
*/model.layers.5.self_attn.qkv_proj_444/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_445/out/
-)

batch_size
sequence_length

 jB
/block_sums_446/out+
)%

batch_size
sequence_length
jZ
*/model.layers.5.self_attn.qkv_proj_447/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.5.self_attn.qkv_proj_448/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.5.self_attn_449/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.5.self_attn_449/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.5.self_attn_449/out2,
*&

batch_size
sequence_length
ÀjI
/layers.5.attn_450/out/
-)

batch_size
sequence_length
	
@jI
/layers.5.attn_451/out/
-)

batch_size
	
sequence_length
@jI
/layers.5.attn_452/out/
-)

batch_size
sequence_length

@jI
/layers.5.attn_453/out/
-)

batch_size

sequence_length
@jI
/layers.5.attn_454/out/
-)

batch_size
sequence_length

@jI
/layers.5.attn_455/out/
-)

batch_size

sequence_length
@jI
/layers.5.attn_456/out/
-)

batch_size
	
sequence_length
 jI
/layers.5.attn_457/out/
-)

batch_size
	
sequence_length
 jI
/layers.5.attn_458/out/
-)

batch_size
	
sequence_length
 jI
/layers.5.attn_459/out/
-)

batch_size
	
sequence_length
@jI
/layers.5.attn_460/out/
-)

batch_size
	
sequence_length
@jI
/layers.5.attn_461/out/
-)

batch_size
	
sequence_length
@jI
/layers.5.attn_462/out/
-)

batch_size
	
sequence_length
@jI
/layers.5.attn_463/out/
-)

batch_size

sequence_length
 jI
/layers.5.attn_464/out/
-)

batch_size

sequence_length
 jI
/layers.5.attn_465/out/
-)

batch_size

sequence_length
 jI
/layers.5.attn_466/out/
-)

batch_size

sequence_length
@jI
/layers.5.attn_467/out/
-)

batch_size

sequence_length
@jI
/layers.5.attn_468/out/
-)

batch_size

sequence_length
@jI
/layers.5.attn_469/out/
-)

batch_size

sequence_length
@jI
/layers.5.attn_472/out/
-)

batch_size
	
sequence_length
@jK
/layers.5.attn_473/out1
/+

batch_size

3*sequence_length
@jO
/layers.5.attn_474/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.5.attn_475/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.5.attn_476/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.5.attn_477/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.5.attn_478/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.5.attn_479/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.5.attn_480/out1
/+

batch_size

3*sequence_length
@jI
/layers.5.attn_481/out/
-)

batch_size
	
sequence_length
@jI
/layers.5.attn_482/out/
-)

batch_size
sequence_length
	
@jF
/layers.5.attn_483/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.5.self_attn.o_proj.scales_484/out
	
À
jG
4/model.layers.5.self_attn.o_proj.block_min_t_485/out
	

ÀjX
(/model.layers.5.self_attn.o_proj_486/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_487/out/
-)

batch_size
sequence_length

 jB
/block_sums_488/out+
)%

batch_size
sequence_length
jX
(/model.layers.5.self_attn.o_proj_489/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.5.self_attn.o_proj_490/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.5_491/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.5.post_attention_layernorm_492/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.5.post_attention_layernorm_493/out+
)%

batch_size
sequence_length
j_
0/model.layers.5.post_attention_layernorm_494/out+
)%

batch_size
sequence_length
j_
0/model.layers.5.post_attention_layernorm_495/out+
)%

batch_size
sequence_length
j`
0/model.layers.5.post_attention_layernorm_496/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.5.post_attention_layernorm_497/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.5.mlp.gate_up_proj.scales_498/out
	
€
jG
4/model.layers.5.mlp.gate_up_proj.block_min_t_499/out
	

€jX
(/model.layers.5.mlp.gate_up_proj_500/out,
*&

batch_size
sequence_length
€jF
/block_sums_501/out/
-)

batch_size
sequence_length

 jB
/block_sums_502/out+
)%

batch_size
sequence_length
jX
(/model.layers.5.mlp.gate_up_proj_503/out,
*&

batch_size
sequence_length
€jX
(/model.layers.5.mlp.gate_up_proj_504/out,
*&

batch_size
sequence_length
€jL
/model.layers.5.mlp_505/out0,
*&

batch_size
sequence_length
€jL
/model.layers.5.mlp_505/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_506/out,
*&

batch_size
sequence_length
€j=
/silu_507/out,
*&

batch_size
sequence_length
€jK
/model.layers.5.mlp_508/out,
*&

batch_size
sequence_length
€j?
,/model.layers.5.mlp.down_proj.scales_509/out
	
À
0jD
1/model.layers.5.mlp.down_proj.block_min_t_510/out
	
0
ÀjU
%/model.layers.5.mlp.down_proj_511/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_512/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_513/out+
)%

batch_size
sequence_length
0jU
%/model.layers.5.mlp.down_proj_514/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.5.mlp.down_proj_515/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.5_516/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.6.input_layernorm_517/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.6.input_layernorm_518/out+
)%

batch_size
sequence_length
jV
'/model.layers.6.input_layernorm_519/out+
)%

batch_size
sequence_length
jV
'/model.layers.6.input_layernorm_520/out+
)%

batch_size
sequence_length
jW
'/model.layers.6.input_layernorm_521/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.6.input_layernorm_522/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.6.self_attn.qkv_proj.scales_523/out
	
À
jI
6/model.layers.6.self_attn.qkv_proj.block_min_t_524/out
	

ÀjZ
*/model.layers.6.self_attn.qkv_proj_525/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_526/out/
-)

batch_size
sequence_length

 jB
/block_sums_527/out+
)%

batch_size
sequence_length
jZ
*/model.layers.6.self_attn.qkv_proj_528/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.6.self_attn.qkv_proj_529/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.6.self_attn_530/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.6.self_attn_530/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.6.self_attn_530/out2,
*&

batch_size
sequence_length
ÀjI
/layers.6.attn_531/out/
-)

batch_size
sequence_length
	
@jI
/layers.6.attn_532/out/
-)

batch_size
	
sequence_length
@jI
/layers.6.attn_533/out/
-)

batch_size
sequence_length

@jI
/layers.6.attn_534/out/
-)

batch_size

sequence_length
@jI
/layers.6.attn_535/out/
-)

batch_size
sequence_length

@jI
/layers.6.attn_536/out/
-)

batch_size

sequence_length
@jI
/layers.6.attn_537/out/
-)

batch_size
	
sequence_length
 jI
/layers.6.attn_538/out/
-)

batch_size
	
sequence_length
 jI
/layers.6.attn_539/out/
-)

batch_size
	
sequence_length
 jI
/layers.6.attn_540/out/
-)

batch_size
	
sequence_length
@jI
/layers.6.attn_541/out/
-)

batch_size
	
sequence_length
@jI
/layers.6.attn_542/out/
-)

batch_size
	
sequence_length
@jI
/layers.6.attn_543/out/
-)

batch_size
	
sequence_length
@jI
/layers.6.attn_544/out/
-)

batch_size

sequence_length
 jI
/layers.6.attn_545/out/
-)

batch_size

sequence_length
 jI
/layers.6.attn_546/out/
-)

batch_size

sequence_length
 jI
/layers.6.attn_547/out/
-)

batch_size

sequence_length
@jI
/layers.6.attn_548/out/
-)

batch_size

sequence_length
@jI
/layers.6.attn_549/out/
-)

batch_size

sequence_length
@jI
/layers.6.attn_550/out/
-)

batch_size

sequence_length
@jI
/layers.6.attn_553/out/
-)

batch_size
	
sequence_length
@jK
/layers.6.attn_554/out1
/+

batch_size

3*sequence_length
@jO
/layers.6.attn_555/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.6.attn_556/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.6.attn_557/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.6.attn_558/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.6.attn_559/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.6.attn_560/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.6.attn_561/out1
/+

batch_size

3*sequence_length
@jI
/layers.6.attn_562/out/
-)

batch_size
	
sequence_length
@jI
/layers.6.attn_563/out/
-)

batch_size
sequence_length
	
@jF
/layers.6.attn_564/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.6.self_attn.o_proj.scales_565/out
	
À
jG
4/model.layers.6.self_attn.o_proj.block_min_t_566/out
	

ÀjX
(/model.layers.6.self_attn.o_proj_567/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_568/out/
-)

batch_size
sequence_length

 jB
/block_sums_569/out+
)%

batch_size
sequence_length
jX
(/model.layers.6.self_attn.o_proj_570/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.6.self_attn.o_proj_571/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.6_572/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.6.post_attention_layernorm_573/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.6.post_attention_layernorm_574/out+
)%

batch_size
sequence_length
j_
0/model.layers.6.post_attention_layernorm_575/out+
)%

batch_size
sequence_length
j_
0/model.layers.6.post_attention_layernorm_576/out+
)%

batch_size
sequence_length
j`
0/model.layers.6.post_attention_layernorm_577/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.6.post_attention_layernorm_578/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.6.mlp.gate_up_proj.scales_579/out
	
€
jG
4/model.layers.6.mlp.gate_up_proj.block_min_t_580/out
	

€jX
(/model.layers.6.mlp.gate_up_proj_581/out,
*&

batch_size
sequence_length
€jF
/block_sums_582/out/
-)

batch_size
sequence_length

 jB
/block_sums_583/out+
)%

batch_size
sequence_length
jX
(/model.layers.6.mlp.gate_up_proj_584/out,
*&

batch_size
sequence_length
€jX
(/model.layers.6.mlp.gate_up_proj_585/out,
*&

batch_size
sequence_length
€jL
/model.layers.6.mlp_586/out0,
*&

batch_size
sequence_length
€jL
/model.layers.6.mlp_586/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_587/out,
*&

batch_size
sequence_length
€j=
/silu_588/out,
*&

batch_size
sequence_length
€jK
/model.layers.6.mlp_589/out,
*&

batch_size
sequence_length
€j?
,/model.layers.6.mlp.down_proj.scales_590/out
	
À
0jD
1/model.layers.6.mlp.down_proj.block_min_t_591/out
	
0
ÀjU
%/model.layers.6.mlp.down_proj_592/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_593/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_594/out+
)%

batch_size
sequence_length
0jU
%/model.layers.6.mlp.down_proj_595/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.6.mlp.down_proj_596/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.6_597/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.7.input_layernorm_598/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.7.input_layernorm_599/out+
)%

batch_size
sequence_length
jV
'/model.layers.7.input_layernorm_600/out+
)%

batch_size
sequence_length
jV
'/model.layers.7.input_layernorm_601/out+
)%

batch_size
sequence_length
jW
'/model.layers.7.input_layernorm_602/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.7.input_layernorm_603/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.7.self_attn.qkv_proj.scales_604/out
	
À
jI
6/model.layers.7.self_attn.qkv_proj.block_min_t_605/out
	

ÀjZ
*/model.layers.7.self_attn.qkv_proj_606/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_607/out/
-)

batch_size
sequence_length

 jB
/block_sums_608/out+
)%

batch_size
sequence_length
jZ
*/model.layers.7.self_attn.qkv_proj_609/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.7.self_attn.qkv_proj_610/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.7.self_attn_611/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.7.self_attn_611/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.7.self_attn_611/out2,
*&

batch_size
sequence_length
ÀjI
/layers.7.attn_612/out/
-)

batch_size
sequence_length
	
@jI
/layers.7.attn_613/out/
-)

batch_size
	
sequence_length
@jI
/layers.7.attn_614/out/
-)

batch_size
sequence_length

@jI
/layers.7.attn_615/out/
-)

batch_size

sequence_length
@jI
/layers.7.attn_616/out/
-)

batch_size
sequence_length

@jI
/layers.7.attn_617/out/
-)

batch_size

sequence_length
@jI
/layers.7.attn_618/out/
-)

batch_size
	
sequence_length
 jI
/layers.7.attn_619/out/
-)

batch_size
	
sequence_length
 jI
/layers.7.attn_620/out/
-)

batch_size
	
sequence_length
 jI
/layers.7.attn_621/out/
-)

batch_size
	
sequence_length
@jI
/layers.7.attn_622/out/
-)

batch_size
	
sequence_length
@jI
/layers.7.attn_623/out/
-)

batch_size
	
sequence_length
@jI
/layers.7.attn_624/out/
-)

batch_size
	
sequence_length
@jI
/layers.7.attn_625/out/
-)

batch_size

sequence_length
 jI
/layers.7.attn_626/out/
-)

batch_size

sequence_length
 jI
/layers.7.attn_627/out/
-)

batch_size

sequence_length
 jI
/layers.7.attn_628/out/
-)

batch_size

sequence_length
@jI
/layers.7.attn_629/out/
-)

batch_size

sequence_length
@jI
/layers.7.attn_630/out/
-)

batch_size

sequence_length
@jI
/layers.7.attn_631/out/
-)

batch_size

sequence_length
@jI
/layers.7.attn_634/out/
-)

batch_size
	
sequence_length
@jK
/layers.7.attn_635/out1
/+

batch_size

3*sequence_length
@jO
/layers.7.attn_636/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.7.attn_637/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.7.attn_638/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.7.attn_639/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.7.attn_640/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.7.attn_641/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.7.attn_642/out1
/+

batch_size

3*sequence_length
@jI
/layers.7.attn_643/out/
-)

batch_size
	
sequence_length
@jI
/layers.7.attn_644/out/
-)

batch_size
sequence_length
	
@jF
/layers.7.attn_645/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.7.self_attn.o_proj.scales_646/out
	
À
jG
4/model.layers.7.self_attn.o_proj.block_min_t_647/out
	

ÀjX
(/model.layers.7.self_attn.o_proj_648/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_649/out/
-)

batch_size
sequence_length

 jB
/block_sums_650/out+
)%

batch_size
sequence_length
jX
(/model.layers.7.self_attn.o_proj_651/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.7.self_attn.o_proj_652/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.7_653/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.7.post_attention_layernorm_654/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.7.post_attention_layernorm_655/out+
)%

batch_size
sequence_length
j_
0/model.layers.7.post_attention_layernorm_656/out+
)%

batch_size
sequence_length
j_
0/model.layers.7.post_attention_layernorm_657/out+
)%

batch_size
sequence_length
j`
0/model.layers.7.post_attention_layernorm_658/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.7.post_attention_layernorm_659/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.7.mlp.gate_up_proj.scales_660/out
	
€
jG
4/model.layers.7.mlp.gate_up_proj.block_min_t_661/out
	

€jX
(/model.layers.7.mlp.gate_up_proj_662/out,
*&

batch_size
sequence_length
€jF
/block_sums_663/out/
-)

batch_size
sequence_length

 jB
/block_sums_664/out+
)%

batch_size
sequence_length
jX
(/model.layers.7.mlp.gate_up_proj_665/out,
*&

batch_size
sequence_length
€jX
(/model.layers.7.mlp.gate_up_proj_666/out,
*&

batch_size
sequence_length
€jL
/model.layers.7.mlp_667/out0,
*&

batch_size
sequence_length
€jL
/model.layers.7.mlp_667/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_668/out,
*&

batch_size
sequence_length
€j=
/silu_669/out,
*&

batch_size
sequence_length
€jK
/model.layers.7.mlp_670/out,
*&

batch_size
sequence_length
€j?
,/model.layers.7.mlp.down_proj.scales_671/out
	
À
0jD
1/model.layers.7.mlp.down_proj.block_min_t_672/out
	
0
ÀjU
%/model.layers.7.mlp.down_proj_673/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_674/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_675/out+
)%

batch_size
sequence_length
0jU
%/model.layers.7.mlp.down_proj_676/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.7.mlp.down_proj_677/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.7_678/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.8.input_layernorm_679/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.8.input_layernorm_680/out+
)%

batch_size
sequence_length
jV
'/model.layers.8.input_layernorm_681/out+
)%

batch_size
sequence_length
jV
'/model.layers.8.input_layernorm_682/out+
)%

batch_size
sequence_length
jW
'/model.layers.8.input_layernorm_683/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.8.input_layernorm_684/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.8.self_attn.qkv_proj.scales_685/out
	
À
jI
6/model.layers.8.self_attn.qkv_proj.block_min_t_686/out
	

ÀjZ
*/model.layers.8.self_attn.qkv_proj_687/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_688/out/
-)

batch_size
sequence_length

 jB
/block_sums_689/out+
)%

batch_size
sequence_length
jZ
*/model.layers.8.self_attn.qkv_proj_690/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.8.self_attn.qkv_proj_691/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.8.self_attn_692/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.8.self_attn_692/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.8.self_attn_692/out2,
*&

batch_size
sequence_length
ÀjI
/layers.8.attn_693/out/
-)

batch_size
sequence_length
	
@jI
/layers.8.attn_694/out/
-)

batch_size
	
sequence_length
@jI
/layers.8.attn_695/out/
-)

batch_size
sequence_length

@jI
/layers.8.attn_696/out/
-)

batch_size

sequence_length
@jI
/layers.8.attn_697/out/
-)

batch_size
sequence_length

@jI
/layers.8.attn_698/out/
-)

batch_size

sequence_length
@jI
/layers.8.attn_699/out/
-)

batch_size
	
sequence_length
 jI
/layers.8.attn_700/out/
-)

batch_size
	
sequence_length
 jI
/layers.8.attn_701/out/
-)

batch_size
	
sequence_length
 jI
/layers.8.attn_702/out/
-)

batch_size
	
sequence_length
@jI
/layers.8.attn_703/out/
-)

batch_size
	
sequence_length
@jI
/layers.8.attn_704/out/
-)

batch_size
	
sequence_length
@jI
/layers.8.attn_705/out/
-)

batch_size
	
sequence_length
@jI
/layers.8.attn_706/out/
-)

batch_size

sequence_length
 jI
/layers.8.attn_707/out/
-)

batch_size

sequence_length
 jI
/layers.8.attn_708/out/
-)

batch_size

sequence_length
 jI
/layers.8.attn_709/out/
-)

batch_size

sequence_length
@jI
/layers.8.attn_710/out/
-)

batch_size

sequence_length
@jI
/layers.8.attn_711/out/
-)

batch_size

sequence_length
@jI
/layers.8.attn_712/out/
-)

batch_size

sequence_length
@jI
/layers.8.attn_715/out/
-)

batch_size
	
sequence_length
@jK
/layers.8.attn_716/out1
/+

batch_size

3*sequence_length
@jO
/layers.8.attn_717/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.8.attn_718/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.8.attn_719/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.8.attn_720/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.8.attn_721/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.8.attn_722/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.8.attn_723/out1
/+

batch_size

3*sequence_length
@jI
/layers.8.attn_724/out/
-)

batch_size
	
sequence_length
@jI
/layers.8.attn_725/out/
-)

batch_size
sequence_length
	
@jF
/layers.8.attn_726/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.8.self_attn.o_proj.scales_727/out
	
À
jG
4/model.layers.8.self_attn.o_proj.block_min_t_728/out
	

ÀjX
(/model.layers.8.self_attn.o_proj_729/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_730/out/
-)

batch_size
sequence_length

 jB
/block_sums_731/out+
)%

batch_size
sequence_length
jX
(/model.layers.8.self_attn.o_proj_732/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.8.self_attn.o_proj_733/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.8_734/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.8.post_attention_layernorm_735/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.8.post_attention_layernorm_736/out+
)%

batch_size
sequence_length
j_
0/model.layers.8.post_attention_layernorm_737/out+
)%

batch_size
sequence_length
j_
0/model.layers.8.post_attention_layernorm_738/out+
)%

batch_size
sequence_length
j`
0/model.layers.8.post_attention_layernorm_739/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.8.post_attention_layernorm_740/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.8.mlp.gate_up_proj.scales_741/out
	
€
jG
4/model.layers.8.mlp.gate_up_proj.block_min_t_742/out
	

€jX
(/model.layers.8.mlp.gate_up_proj_743/out,
*&

batch_size
sequence_length
€jF
/block_sums_744/out/
-)

batch_size
sequence_length

 jB
/block_sums_745/out+
)%

batch_size
sequence_length
jX
(/model.layers.8.mlp.gate_up_proj_746/out,
*&

batch_size
sequence_length
€jX
(/model.layers.8.mlp.gate_up_proj_747/out,
*&

batch_size
sequence_length
€jL
/model.layers.8.mlp_748/out0,
*&

batch_size
sequence_length
€jL
/model.layers.8.mlp_748/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_749/out,
*&

batch_size
sequence_length
€j=
/silu_750/out,
*&

batch_size
sequence_length
€jK
/model.layers.8.mlp_751/out,
*&

batch_size
sequence_length
€j?
,/model.layers.8.mlp.down_proj.scales_752/out
	
À
0jD
1/model.layers.8.mlp.down_proj.block_min_t_753/out
	
0
ÀjU
%/model.layers.8.mlp.down_proj_754/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_755/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_756/out+
)%

batch_size
sequence_length
0jU
%/model.layers.8.mlp.down_proj_757/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.8.mlp.down_proj_758/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.8_759/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.9.input_layernorm_760/out,
*&

batch_size
sequence_length
ÀjV
'/model.layers.9.input_layernorm_761/out+
)%

batch_size
sequence_length
jV
'/model.layers.9.input_layernorm_762/out+
)%

batch_size
sequence_length
jV
'/model.layers.9.input_layernorm_763/out+
)%

batch_size
sequence_length
jW
'/model.layers.9.input_layernorm_764/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.9.input_layernorm_765/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.9.self_attn.qkv_proj.scales_766/out
	
À
jI
6/model.layers.9.self_attn.qkv_proj.block_min_t_767/out
	

ÀjZ
*/model.layers.9.self_attn.qkv_proj_768/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_769/out/
-)

batch_size
sequence_length

 jB
/block_sums_770/out+
)%

batch_size
sequence_length
jZ
*/model.layers.9.self_attn.qkv_proj_771/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.9.self_attn.qkv_proj_772/out,
*&

batch_size
sequence_length
ÀjR
"/model.layers.9.self_attn_773/out0,
*&

batch_size
sequence_length
ÀjR
"/model.layers.9.self_attn_773/out1,
*&

batch_size
sequence_length
ÀjR
"/model.layers.9.self_attn_773/out2,
*&

batch_size
sequence_length
ÀjI
/layers.9.attn_774/out/
-)

batch_size
sequence_length
	
@jI
/layers.9.attn_775/out/
-)

batch_size
	
sequence_length
@jI
/layers.9.attn_776/out/
-)

batch_size
sequence_length

@jI
/layers.9.attn_777/out/
-)

batch_size

sequence_length
@jI
/layers.9.attn_778/out/
-)

batch_size
sequence_length

@jI
/layers.9.attn_779/out/
-)

batch_size

sequence_length
@jI
/layers.9.attn_780/out/
-)

batch_size
	
sequence_length
 jI
/layers.9.attn_781/out/
-)

batch_size
	
sequence_length
 jI
/layers.9.attn_782/out/
-)

batch_size
	
sequence_length
 jI
/layers.9.attn_783/out/
-)

batch_size
	
sequence_length
@jI
/layers.9.attn_784/out/
-)

batch_size
	
sequence_length
@jI
/layers.9.attn_785/out/
-)

batch_size
	
sequence_length
@jI
/layers.9.attn_786/out/
-)

batch_size
	
sequence_length
@jI
/layers.9.attn_787/out/
-)

batch_size

sequence_length
 jI
/layers.9.attn_788/out/
-)

batch_size

sequence_length
 jI
/layers.9.attn_789/out/
-)

batch_size

sequence_length
 jI
/layers.9.attn_790/out/
-)

batch_size

sequence_length
@jI
/layers.9.attn_791/out/
-)

batch_size

sequence_length
@jI
/layers.9.attn_792/out/
-)

batch_size

sequence_length
@jI
/layers.9.attn_793/out/
-)

batch_size

sequence_length
@jI
/layers.9.attn_796/out/
-)

batch_size
	
sequence_length
@jK
/layers.9.attn_797/out1
/+

batch_size

3*sequence_length
@jO
/layers.9.attn_798/out5
3/

batch_size

@
total_sequence_lengthj`
/layers.9.attn_799/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj^
/layers.9.attn_800/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.9.attn_801/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj^
/layers.9.attn_802/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.9.attn_803/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjK
/layers.9.attn_804/out1
/+

batch_size

3*sequence_length
@jI
/layers.9.attn_805/out/
-)

batch_size
	
sequence_length
@jI
/layers.9.attn_806/out/
-)

batch_size
sequence_length
	
@jF
/layers.9.attn_807/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.9.self_attn.o_proj.scales_808/out
	
À
jG
4/model.layers.9.self_attn.o_proj.block_min_t_809/out
	

ÀjX
(/model.layers.9.self_attn.o_proj_810/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_811/out/
-)

batch_size
sequence_length

 jB
/block_sums_812/out+
)%

batch_size
sequence_length
jX
(/model.layers.9.self_attn.o_proj_813/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.9.self_attn.o_proj_814/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.9_815/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.9.post_attention_layernorm_816/out,
*&

batch_size
sequence_length
Àj_
0/model.layers.9.post_attention_layernorm_817/out+
)%

batch_size
sequence_length
j_
0/model.layers.9.post_attention_layernorm_818/out+
)%

batch_size
sequence_length
j_
0/model.layers.9.post_attention_layernorm_819/out+
)%

batch_size
sequence_length
j`
0/model.layers.9.post_attention_layernorm_820/out,
*&

batch_size
sequence_length
Àj`
0/model.layers.9.post_attention_layernorm_821/out,
*&

batch_size
sequence_length
ÀjB
//model.layers.9.mlp.gate_up_proj.scales_822/out
	
€
jG
4/model.layers.9.mlp.gate_up_proj.block_min_t_823/out
	

€jX
(/model.layers.9.mlp.gate_up_proj_824/out,
*&

batch_size
sequence_length
€jF
/block_sums_825/out/
-)

batch_size
sequence_length

 jB
/block_sums_826/out+
)%

batch_size
sequence_length
jX
(/model.layers.9.mlp.gate_up_proj_827/out,
*&

batch_size
sequence_length
€jX
(/model.layers.9.mlp.gate_up_proj_828/out,
*&

batch_size
sequence_length
€jL
/model.layers.9.mlp_829/out0,
*&

batch_size
sequence_length
€jL
/model.layers.9.mlp_829/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_830/out,
*&

batch_size
sequence_length
€j=
/silu_831/out,
*&

batch_size
sequence_length
€jK
/model.layers.9.mlp_832/out,
*&

batch_size
sequence_length
€j?
,/model.layers.9.mlp.down_proj.scales_833/out
	
À
0jD
1/model.layers.9.mlp.down_proj.block_min_t_834/out
	
0
ÀjU
%/model.layers.9.mlp.down_proj_835/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_836/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_837/out+
)%

batch_size
sequence_length
0jU
%/model.layers.9.mlp.down_proj_838/out,
*&

batch_size
sequence_length
ÀjU
%/model.layers.9.mlp.down_proj_839/out,
*&

batch_size
sequence_length
ÀjG
/model.layers.9_840/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.10.input_layernorm_841/out,
*&

batch_size
sequence_length
ÀjW
(/model.layers.10.input_layernorm_842/out+
)%

batch_size
sequence_length
jW
(/model.layers.10.input_layernorm_843/out+
)%

batch_size
sequence_length
jW
(/model.layers.10.input_layernorm_844/out+
)%

batch_size
sequence_length
jX
(/model.layers.10.input_layernorm_845/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.10.input_layernorm_846/out,
*&

batch_size
sequence_length
ÀjE
2/model.layers.10.self_attn.qkv_proj.scales_847/out
	
À
jJ
7/model.layers.10.self_attn.qkv_proj.block_min_t_848/out
	

Àj[
+/model.layers.10.self_attn.qkv_proj_849/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_850/out/
-)

batch_size
sequence_length

 jB
/block_sums_851/out+
)%

batch_size
sequence_length
j[
+/model.layers.10.self_attn.qkv_proj_852/out,
*&

batch_size
sequence_length
Àj[
+/model.layers.10.self_attn.qkv_proj_853/out,
*&

batch_size
sequence_length
ÀjS
#/model.layers.10.self_attn_854/out0,
*&

batch_size
sequence_length
ÀjS
#/model.layers.10.self_attn_854/out1,
*&

batch_size
sequence_length
ÀjS
#/model.layers.10.self_attn_854/out2,
*&

batch_size
sequence_length
ÀjJ
/layers.10.attn_855/out/
-)

batch_size
sequence_length
	
@jJ
/layers.10.attn_856/out/
-)

batch_size
	
sequence_length
@jJ
/layers.10.attn_857/out/
-)

batch_size
sequence_length

@jJ
/layers.10.attn_858/out/
-)

batch_size

sequence_length
@jJ
/layers.10.attn_859/out/
-)

batch_size
sequence_length

@jJ
/layers.10.attn_860/out/
-)

batch_size

sequence_length
@jJ
/layers.10.attn_861/out/
-)

batch_size
	
sequence_length
 jJ
/layers.10.attn_862/out/
-)

batch_size
	
sequence_length
 jJ
/layers.10.attn_863/out/
-)

batch_size
	
sequence_length
 jJ
/layers.10.attn_864/out/
-)

batch_size
	
sequence_length
@jJ
/layers.10.attn_865/out/
-)

batch_size
	
sequence_length
@jJ
/layers.10.attn_866/out/
-)

batch_size
	
sequence_length
@jJ
/layers.10.attn_867/out/
-)

batch_size
	
sequence_length
@jJ
/layers.10.attn_868/out/
-)

batch_size

sequence_length
 jJ
/layers.10.attn_869/out/
-)

batch_size

sequence_length
 jJ
/layers.10.attn_870/out/
-)

batch_size

sequence_length
 jJ
/layers.10.attn_871/out/
-)

batch_size

sequence_length
@jJ
/layers.10.attn_872/out/
-)

batch_size

sequence_length
@jJ
/layers.10.attn_873/out/
-)

batch_size

sequence_length
@jJ
/layers.10.attn_874/out/
-)

batch_size

sequence_length
@jJ
/layers.10.attn_877/out/
-)

batch_size
	
sequence_length
@jL
/layers.10.attn_878/out1
/+

batch_size

3*sequence_length
@jP
/layers.10.attn_879/out5
3/

batch_size

@
total_sequence_lengthja
/layers.10.attn_880/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj_
/layers.10.attn_881/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj_
/layers.10.attn_882/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj_
/layers.10.attn_883/outD
B>

batch_size
	
sequence_length
total_sequence_lengthja
/layers.10.attn_884/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjL
/layers.10.attn_885/out1
/+

batch_size

3*sequence_length
@jJ
/layers.10.attn_886/out/
-)

batch_size
	
sequence_length
@jJ
/layers.10.attn_887/out/
-)

batch_size
sequence_length
	
@jG
/layers.10.attn_888/out,
*&

batch_size
sequence_length
ÀjC
0/model.layers.10.self_attn.o_proj.scales_889/out
	
À
jH
5/model.layers.10.self_attn.o_proj.block_min_t_890/out
	

ÀjY
)/model.layers.10.self_attn.o_proj_891/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_892/out/
-)

batch_size
sequence_length

 jB
/block_sums_893/out+
)%

batch_size
sequence_length
jY
)/model.layers.10.self_attn.o_proj_894/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.10.self_attn.o_proj_895/out,
*&

batch_size
sequence_length
ÀjH
/model.layers.10_896/out,
*&

batch_size
sequence_length
Àja
1/model.layers.10.post_attention_layernorm_897/out,
*&

batch_size
sequence_length
Àj`
1/model.layers.10.post_attention_layernorm_898/out+
)%

batch_size
sequence_length
j`
1/model.layers.10.post_attention_layernorm_899/out+
)%

batch_size
sequence_length
j`
1/model.layers.10.post_attention_layernorm_900/out+
)%

batch_size
sequence_length
ja
1/model.layers.10.post_attention_layernorm_901/out,
*&

batch_size
sequence_length
Àja
1/model.layers.10.post_attention_layernorm_902/out,
*&

batch_size
sequence_length
ÀjC
0/model.layers.10.mlp.gate_up_proj.scales_903/out
	
€
jH
5/model.layers.10.mlp.gate_up_proj.block_min_t_904/out
	

€jY
)/model.layers.10.mlp.gate_up_proj_905/out,
*&

batch_size
sequence_length
€jF
/block_sums_906/out/
-)

batch_size
sequence_length

 jB
/block_sums_907/out+
)%

batch_size
sequence_length
jY
)/model.layers.10.mlp.gate_up_proj_908/out,
*&

batch_size
sequence_length
€jY
)/model.layers.10.mlp.gate_up_proj_909/out,
*&

batch_size
sequence_length
€jM
/model.layers.10.mlp_910/out0,
*&

batch_size
sequence_length
€jM
/model.layers.10.mlp_910/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_911/out,
*&

batch_size
sequence_length
€j=
/silu_912/out,
*&

batch_size
sequence_length
€jL
/model.layers.10.mlp_913/out,
*&

batch_size
sequence_length
€j@
-/model.layers.10.mlp.down_proj.scales_914/out
	
À
0jE
2/model.layers.10.mlp.down_proj.block_min_t_915/out
	
0
ÀjV
&/model.layers.10.mlp.down_proj_916/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_917/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_918/out+
)%

batch_size
sequence_length
0jV
&/model.layers.10.mlp.down_proj_919/out,
*&

batch_size
sequence_length
ÀjV
&/model.layers.10.mlp.down_proj_920/out,
*&

batch_size
sequence_length
ÀjH
/model.layers.10_921/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.11.input_layernorm_922/out,
*&

batch_size
sequence_length
ÀjW
(/model.layers.11.input_layernorm_923/out+
)%

batch_size
sequence_length
jW
(/model.layers.11.input_layernorm_924/out+
)%

batch_size
sequence_length
jW
(/model.layers.11.input_layernorm_925/out+
)%

batch_size
sequence_length
jX
(/model.layers.11.input_layernorm_926/out,
*&

batch_size
sequence_length
ÀjX
(/model.layers.11.input_layernorm_927/out,
*&

batch_size
sequence_length
ÀjE
2/model.layers.11.self_attn.qkv_proj.scales_928/out
	
À
jJ
7/model.layers.11.self_attn.qkv_proj.block_min_t_929/out
	

Àj[
+/model.layers.11.self_attn.qkv_proj_930/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_931/out/
-)

batch_size
sequence_length

 jB
/block_sums_932/out+
)%

batch_size
sequence_length
j[
+/model.layers.11.self_attn.qkv_proj_933/out,
*&

batch_size
sequence_length
Àj[
+/model.layers.11.self_attn.qkv_proj_934/out,
*&

batch_size
sequence_length
ÀjS
#/model.layers.11.self_attn_935/out0,
*&

batch_size
sequence_length
ÀjS
#/model.layers.11.self_attn_935/out1,
*&

batch_size
sequence_length
ÀjS
#/model.layers.11.self_attn_935/out2,
*&

batch_size
sequence_length
ÀjJ
/layers.11.attn_936/out/
-)

batch_size
sequence_length
	
@jJ
/layers.11.attn_937/out/
-)

batch_size
	
sequence_length
@jJ
/layers.11.attn_938/out/
-)

batch_size
sequence_length

@jJ
/layers.11.attn_939/out/
-)

batch_size

sequence_length
@jJ
/layers.11.attn_940/out/
-)

batch_size
sequence_length

@jJ
/layers.11.attn_941/out/
-)

batch_size

sequence_length
@jJ
/layers.11.attn_942/out/
-)

batch_size
	
sequence_length
 jJ
/layers.11.attn_943/out/
-)

batch_size
	
sequence_length
 jJ
/layers.11.attn_944/out/
-)

batch_size
	
sequence_length
 jJ
/layers.11.attn_945/out/
-)

batch_size
	
sequence_length
@jJ
/layers.11.attn_946/out/
-)

batch_size
	
sequence_length
@jJ
/layers.11.attn_947/out/
-)

batch_size
	
sequence_length
@jJ
/layers.11.attn_948/out/
-)

batch_size
	
sequence_length
@jJ
/layers.11.attn_949/out/
-)

batch_size

sequence_length
 jJ
/layers.11.attn_950/out/
-)

batch_size

sequence_length
 jJ
/layers.11.attn_951/out/
-)

batch_size

sequence_length
 jJ
/layers.11.attn_952/out/
-)

batch_size

sequence_length
@jJ
/layers.11.attn_953/out/
-)

batch_size

sequence_length
@jJ
/layers.11.attn_954/out/
-)

batch_size

sequence_length
@jJ
/layers.11.attn_955/out/
-)

batch_size

sequence_length
@jJ
/layers.11.attn_958/out/
-)

batch_size
	
sequence_length
@jL
/layers.11.attn_959/out1
/+

batch_size

3*sequence_length
@jP
/layers.11.attn_960/out5
3/

batch_size

@
total_sequence_lengthja
/layers.11.attn_961/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj_
/layers.11.attn_962/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj_
/layers.11.attn_963/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj_
/layers.11.attn_964/outD
B>

batch_size
	
sequence_length
total_sequence_lengthja
/layers.11.attn_965/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjL
/layers.11.attn_966/out1
/+

batch_size

3*sequence_length
@jJ
/layers.11.attn_967/out/
-)

batch_size
	
sequence_length
@jJ
/layers.11.attn_968/out/
-)

batch_size
sequence_length
	
@jG
/layers.11.attn_969/out,
*&

batch_size
sequence_length
ÀjC
0/model.layers.11.self_attn.o_proj.scales_970/out
	
À
jH
5/model.layers.11.self_attn.o_proj.block_min_t_971/out
	

ÀjY
)/model.layers.11.self_attn.o_proj_972/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_973/out/
-)

batch_size
sequence_length

 jB
/block_sums_974/out+
)%

batch_size
sequence_length
jY
)/model.layers.11.self_attn.o_proj_975/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.11.self_attn.o_proj_976/out,
*&

batch_size
sequence_length
ÀjH
/model.layers.11_977/out,
*&

batch_size
sequence_length
Àja
1/model.layers.11.post_attention_layernorm_978/out,
*&

batch_size
sequence_length
Àj`
1/model.layers.11.post_attention_layernorm_979/out+
)%

batch_size
sequence_length
j`
1/model.layers.11.post_attention_layernorm_980/out+
)%

batch_size
sequence_length
j`
1/model.layers.11.post_attention_layernorm_981/out+
)%

batch_size
sequence_length
ja
1/model.layers.11.post_attention_layernorm_982/out,
*&

batch_size
sequence_length
Àja
1/model.layers.11.post_attention_layernorm_983/out,
*&

batch_size
sequence_length
ÀjC
0/model.layers.11.mlp.gate_up_proj.scales_984/out
	
€
jH
5/model.layers.11.mlp.gate_up_proj.block_min_t_985/out
	

€jY
)/model.layers.11.mlp.gate_up_proj_986/out,
*&

batch_size
sequence_length
€jF
/block_sums_987/out/
-)

batch_size
sequence_length

 jB
/block_sums_988/out+
)%

batch_size
sequence_length
jY
)/model.layers.11.mlp.gate_up_proj_989/out,
*&

batch_size
sequence_length
€jY
)/model.layers.11.mlp.gate_up_proj_990/out,
*&

batch_size
sequence_length
€jM
/model.layers.11.mlp_991/out0,
*&

batch_size
sequence_length
€jM
/model.layers.11.mlp_991/out1,
*&

batch_size
sequence_length
€j@
/Sigmoid_992/out,
*&

batch_size
sequence_length
€j=
/silu_993/out,
*&

batch_size
sequence_length
€jL
/model.layers.11.mlp_994/out,
*&

batch_size
sequence_length
€j@
-/model.layers.11.mlp.down_proj.scales_995/out
	
À
0jE
2/model.layers.11.mlp.down_proj.block_min_t_996/out
	
0
ÀjV
&/model.layers.11.mlp.down_proj_997/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_998/out/
-)

batch_size
sequence_length
0
 jB
/block_sums_999/out+
)%

batch_size
sequence_length
0jW
'/model.layers.11.mlp.down_proj_1000/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.11.mlp.down_proj_1001/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.11_1002/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.12.input_layernorm_1003/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.12.input_layernorm_1004/out+
)%

batch_size
sequence_length
jX
)/model.layers.12.input_layernorm_1005/out+
)%

batch_size
sequence_length
jX
)/model.layers.12.input_layernorm_1006/out+
)%

batch_size
sequence_length
jY
)/model.layers.12.input_layernorm_1007/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.12.input_layernorm_1008/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.12.self_attn.qkv_proj.scales_1009/out
	
À
jK
8/model.layers.12.self_attn.qkv_proj.block_min_t_1010/out
	

Àj\
,/model.layers.12.self_attn.qkv_proj_1011/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1012/out/
-)

batch_size
sequence_length

 jC
/block_sums_1013/out+
)%

batch_size
sequence_length
j\
,/model.layers.12.self_attn.qkv_proj_1014/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.12.self_attn.qkv_proj_1015/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.12.self_attn_1016/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.12.self_attn_1016/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.12.self_attn_1016/out2,
*&

batch_size
sequence_length
ÀjK
/layers.12.attn_1017/out/
-)

batch_size
sequence_length
	
@jK
/layers.12.attn_1018/out/
-)

batch_size
	
sequence_length
@jK
/layers.12.attn_1019/out/
-)

batch_size
sequence_length

@jK
/layers.12.attn_1020/out/
-)

batch_size

sequence_length
@jK
/layers.12.attn_1021/out/
-)

batch_size
sequence_length

@jK
/layers.12.attn_1022/out/
-)

batch_size

sequence_length
@jK
/layers.12.attn_1023/out/
-)

batch_size
	
sequence_length
 jK
/layers.12.attn_1024/out/
-)

batch_size
	
sequence_length
 jK
/layers.12.attn_1025/out/
-)

batch_size
	
sequence_length
 jK
/layers.12.attn_1026/out/
-)

batch_size
	
sequence_length
@jK
/layers.12.attn_1027/out/
-)

batch_size
	
sequence_length
@jK
/layers.12.attn_1028/out/
-)

batch_size
	
sequence_length
@jK
/layers.12.attn_1029/out/
-)

batch_size
	
sequence_length
@jK
/layers.12.attn_1030/out/
-)

batch_size

sequence_length
 jK
/layers.12.attn_1031/out/
-)

batch_size

sequence_length
 jK
/layers.12.attn_1032/out/
-)

batch_size

sequence_length
 jK
/layers.12.attn_1033/out/
-)

batch_size

sequence_length
@jK
/layers.12.attn_1034/out/
-)

batch_size

sequence_length
@jK
/layers.12.attn_1035/out/
-)

batch_size

sequence_length
@jK
/layers.12.attn_1036/out/
-)

batch_size

sequence_length
@jK
/layers.12.attn_1039/out/
-)

batch_size
	
sequence_length
@jM
/layers.12.attn_1040/out1
/+

batch_size

3*sequence_length
@jQ
/layers.12.attn_1041/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.12.attn_1042/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.12.attn_1043/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.12.attn_1044/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.12.attn_1045/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.12.attn_1046/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.12.attn_1047/out1
/+

batch_size

3*sequence_length
@jK
/layers.12.attn_1048/out/
-)

batch_size
	
sequence_length
@jK
/layers.12.attn_1049/out/
-)

batch_size
sequence_length
	
@jH
/layers.12.attn_1050/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.12.self_attn.o_proj.scales_1051/out
	
À
jI
6/model.layers.12.self_attn.o_proj.block_min_t_1052/out
	

ÀjZ
*/model.layers.12.self_attn.o_proj_1053/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1054/out/
-)

batch_size
sequence_length

 jC
/block_sums_1055/out+
)%

batch_size
sequence_length
jZ
*/model.layers.12.self_attn.o_proj_1056/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.12.self_attn.o_proj_1057/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.12_1058/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.12.post_attention_layernorm_1059/out,
*&

batch_size
sequence_length
Àja
2/model.layers.12.post_attention_layernorm_1060/out+
)%

batch_size
sequence_length
ja
2/model.layers.12.post_attention_layernorm_1061/out+
)%

batch_size
sequence_length
ja
2/model.layers.12.post_attention_layernorm_1062/out+
)%

batch_size
sequence_length
jb
2/model.layers.12.post_attention_layernorm_1063/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.12.post_attention_layernorm_1064/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.12.mlp.gate_up_proj.scales_1065/out
	
€
jI
6/model.layers.12.mlp.gate_up_proj.block_min_t_1066/out
	

€jZ
*/model.layers.12.mlp.gate_up_proj_1067/out,
*&

batch_size
sequence_length
€jG
/block_sums_1068/out/
-)

batch_size
sequence_length

 jC
/block_sums_1069/out+
)%

batch_size
sequence_length
jZ
*/model.layers.12.mlp.gate_up_proj_1070/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.12.mlp.gate_up_proj_1071/out,
*&

batch_size
sequence_length
€jN
/model.layers.12.mlp_1072/out0,
*&

batch_size
sequence_length
€jN
/model.layers.12.mlp_1072/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1073/out,
*&

batch_size
sequence_length
€j>
/silu_1074/out,
*&

batch_size
sequence_length
€jM
/model.layers.12.mlp_1075/out,
*&

batch_size
sequence_length
€jA
./model.layers.12.mlp.down_proj.scales_1076/out
	
À
0jF
3/model.layers.12.mlp.down_proj.block_min_t_1077/out
	
0
ÀjW
'/model.layers.12.mlp.down_proj_1078/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1079/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1080/out+
)%

batch_size
sequence_length
0jW
'/model.layers.12.mlp.down_proj_1081/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.12.mlp.down_proj_1082/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.12_1083/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.13.input_layernorm_1084/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.13.input_layernorm_1085/out+
)%

batch_size
sequence_length
jX
)/model.layers.13.input_layernorm_1086/out+
)%

batch_size
sequence_length
jX
)/model.layers.13.input_layernorm_1087/out+
)%

batch_size
sequence_length
jY
)/model.layers.13.input_layernorm_1088/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.13.input_layernorm_1089/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.13.self_attn.qkv_proj.scales_1090/out
	
À
jK
8/model.layers.13.self_attn.qkv_proj.block_min_t_1091/out
	

Àj\
,/model.layers.13.self_attn.qkv_proj_1092/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1093/out/
-)

batch_size
sequence_length

 jC
/block_sums_1094/out+
)%

batch_size
sequence_length
j\
,/model.layers.13.self_attn.qkv_proj_1095/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.13.self_attn.qkv_proj_1096/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.13.self_attn_1097/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.13.self_attn_1097/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.13.self_attn_1097/out2,
*&

batch_size
sequence_length
ÀjK
/layers.13.attn_1098/out/
-)

batch_size
sequence_length
	
@jK
/layers.13.attn_1099/out/
-)

batch_size
	
sequence_length
@jK
/layers.13.attn_1100/out/
-)

batch_size
sequence_length

@jK
/layers.13.attn_1101/out/
-)

batch_size

sequence_length
@jK
/layers.13.attn_1102/out/
-)

batch_size
sequence_length

@jK
/layers.13.attn_1103/out/
-)

batch_size

sequence_length
@jK
/layers.13.attn_1104/out/
-)

batch_size
	
sequence_length
 jK
/layers.13.attn_1105/out/
-)

batch_size
	
sequence_length
 jK
/layers.13.attn_1106/out/
-)

batch_size
	
sequence_length
 jK
/layers.13.attn_1107/out/
-)

batch_size
	
sequence_length
@jK
/layers.13.attn_1108/out/
-)

batch_size
	
sequence_length
@jK
/layers.13.attn_1109/out/
-)

batch_size
	
sequence_length
@jK
/layers.13.attn_1110/out/
-)

batch_size
	
sequence_length
@jK
/layers.13.attn_1111/out/
-)

batch_size

sequence_length
 jK
/layers.13.attn_1112/out/
-)

batch_size

sequence_length
 jK
/layers.13.attn_1113/out/
-)

batch_size

sequence_length
 jK
/layers.13.attn_1114/out/
-)

batch_size

sequence_length
@jK
/layers.13.attn_1115/out/
-)

batch_size

sequence_length
@jK
/layers.13.attn_1116/out/
-)

batch_size

sequence_length
@jK
/layers.13.attn_1117/out/
-)

batch_size

sequence_length
@jK
/layers.13.attn_1120/out/
-)

batch_size
	
sequence_length
@jM
/layers.13.attn_1121/out1
/+

batch_size

3*sequence_length
@jQ
/layers.13.attn_1122/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.13.attn_1123/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.13.attn_1124/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.13.attn_1125/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.13.attn_1126/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.13.attn_1127/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.13.attn_1128/out1
/+

batch_size

3*sequence_length
@jK
/layers.13.attn_1129/out/
-)

batch_size
	
sequence_length
@jK
/layers.13.attn_1130/out/
-)

batch_size
sequence_length
	
@jH
/layers.13.attn_1131/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.13.self_attn.o_proj.scales_1132/out
	
À
jI
6/model.layers.13.self_attn.o_proj.block_min_t_1133/out
	

ÀjZ
*/model.layers.13.self_attn.o_proj_1134/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1135/out/
-)

batch_size
sequence_length

 jC
/block_sums_1136/out+
)%

batch_size
sequence_length
jZ
*/model.layers.13.self_attn.o_proj_1137/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.13.self_attn.o_proj_1138/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.13_1139/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.13.post_attention_layernorm_1140/out,
*&

batch_size
sequence_length
Àja
2/model.layers.13.post_attention_layernorm_1141/out+
)%

batch_size
sequence_length
ja
2/model.layers.13.post_attention_layernorm_1142/out+
)%

batch_size
sequence_length
ja
2/model.layers.13.post_attention_layernorm_1143/out+
)%

batch_size
sequence_length
jb
2/model.layers.13.post_attention_layernorm_1144/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.13.post_attention_layernorm_1145/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.13.mlp.gate_up_proj.scales_1146/out
	
€
jI
6/model.layers.13.mlp.gate_up_proj.block_min_t_1147/out
	

€jZ
*/model.layers.13.mlp.gate_up_proj_1148/out,
*&

batch_size
sequence_length
€jG
/block_sums_1149/out/
-)

batch_size
sequence_length

 jC
/block_sums_1150/out+
)%

batch_size
sequence_length
jZ
*/model.layers.13.mlp.gate_up_proj_1151/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.13.mlp.gate_up_proj_1152/out,
*&

batch_size
sequence_length
€jN
/model.layers.13.mlp_1153/out0,
*&

batch_size
sequence_length
€jN
/model.layers.13.mlp_1153/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1154/out,
*&

batch_size
sequence_length
€j>
/silu_1155/out,
*&

batch_size
sequence_length
€jM
/model.layers.13.mlp_1156/out,
*&

batch_size
sequence_length
€jA
./model.layers.13.mlp.down_proj.scales_1157/out
	
À
0jF
3/model.layers.13.mlp.down_proj.block_min_t_1158/out
	
0
ÀjW
'/model.layers.13.mlp.down_proj_1159/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1160/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1161/out+
)%

batch_size
sequence_length
0jW
'/model.layers.13.mlp.down_proj_1162/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.13.mlp.down_proj_1163/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.13_1164/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.14.input_layernorm_1165/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.14.input_layernorm_1166/out+
)%

batch_size
sequence_length
jX
)/model.layers.14.input_layernorm_1167/out+
)%

batch_size
sequence_length
jX
)/model.layers.14.input_layernorm_1168/out+
)%

batch_size
sequence_length
jY
)/model.layers.14.input_layernorm_1169/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.14.input_layernorm_1170/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.14.self_attn.qkv_proj.scales_1171/out
	
À
jK
8/model.layers.14.self_attn.qkv_proj.block_min_t_1172/out
	

Àj\
,/model.layers.14.self_attn.qkv_proj_1173/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1174/out/
-)

batch_size
sequence_length

 jC
/block_sums_1175/out+
)%

batch_size
sequence_length
j\
,/model.layers.14.self_attn.qkv_proj_1176/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.14.self_attn.qkv_proj_1177/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.14.self_attn_1178/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.14.self_attn_1178/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.14.self_attn_1178/out2,
*&

batch_size
sequence_length
ÀjK
/layers.14.attn_1179/out/
-)

batch_size
sequence_length
	
@jK
/layers.14.attn_1180/out/
-)

batch_size
	
sequence_length
@jK
/layers.14.attn_1181/out/
-)

batch_size
sequence_length

@jK
/layers.14.attn_1182/out/
-)

batch_size

sequence_length
@jK
/layers.14.attn_1183/out/
-)

batch_size
sequence_length

@jK
/layers.14.attn_1184/out/
-)

batch_size

sequence_length
@jK
/layers.14.attn_1185/out/
-)

batch_size
	
sequence_length
 jK
/layers.14.attn_1186/out/
-)

batch_size
	
sequence_length
 jK
/layers.14.attn_1187/out/
-)

batch_size
	
sequence_length
 jK
/layers.14.attn_1188/out/
-)

batch_size
	
sequence_length
@jK
/layers.14.attn_1189/out/
-)

batch_size
	
sequence_length
@jK
/layers.14.attn_1190/out/
-)

batch_size
	
sequence_length
@jK
/layers.14.attn_1191/out/
-)

batch_size
	
sequence_length
@jK
/layers.14.attn_1192/out/
-)

batch_size

sequence_length
 jK
/layers.14.attn_1193/out/
-)

batch_size

sequence_length
 jK
/layers.14.attn_1194/out/
-)

batch_size

sequence_length
 jK
/layers.14.attn_1195/out/
-)

batch_size

sequence_length
@jK
/layers.14.attn_1196/out/
-)

batch_size

sequence_length
@jK
/layers.14.attn_1197/out/
-)

batch_size

sequence_length
@jK
/layers.14.attn_1198/out/
-)

batch_size

sequence_length
@jK
/layers.14.attn_1201/out/
-)

batch_size
	
sequence_length
@jM
/layers.14.attn_1202/out1
/+

batch_size

3*sequence_length
@jQ
/layers.14.attn_1203/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.14.attn_1204/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.14.attn_1205/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.14.attn_1206/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.14.attn_1207/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.14.attn_1208/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.14.attn_1209/out1
/+

batch_size

3*sequence_length
@jK
/layers.14.attn_1210/out/
-)

batch_size
	
sequence_length
@jK
/layers.14.attn_1211/out/
-)

batch_size
sequence_length
	
@jH
/layers.14.attn_1212/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.14.self_attn.o_proj.scales_1213/out
	
À
jI
6/model.layers.14.self_attn.o_proj.block_min_t_1214/out
	

ÀjZ
*/model.layers.14.self_attn.o_proj_1215/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1216/out/
-)

batch_size
sequence_length

 jC
/block_sums_1217/out+
)%

batch_size
sequence_length
jZ
*/model.layers.14.self_attn.o_proj_1218/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.14.self_attn.o_proj_1219/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.14_1220/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.14.post_attention_layernorm_1221/out,
*&

batch_size
sequence_length
Àja
2/model.layers.14.post_attention_layernorm_1222/out+
)%

batch_size
sequence_length
ja
2/model.layers.14.post_attention_layernorm_1223/out+
)%

batch_size
sequence_length
ja
2/model.layers.14.post_attention_layernorm_1224/out+
)%

batch_size
sequence_length
jb
2/model.layers.14.post_attention_layernorm_1225/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.14.post_attention_layernorm_1226/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.14.mlp.gate_up_proj.scales_1227/out
	
€
jI
6/model.layers.14.mlp.gate_up_proj.block_min_t_1228/out
	

€jZ
*/model.layers.14.mlp.gate_up_proj_1229/out,
*&

batch_size
sequence_length
€jG
/block_sums_1230/out/
-)

batch_size
sequence_length

 jC
/block_sums_1231/out+
)%

batch_size
sequence_length
jZ
*/model.layers.14.mlp.gate_up_proj_1232/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.14.mlp.gate_up_proj_1233/out,
*&

batch_size
sequence_length
€jN
/model.layers.14.mlp_1234/out0,
*&

batch_size
sequence_length
€jN
/model.layers.14.mlp_1234/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1235/out,
*&

batch_size
sequence_length
€j>
/silu_1236/out,
*&

batch_size
sequence_length
€jM
/model.layers.14.mlp_1237/out,
*&

batch_size
sequence_length
€jA
./model.layers.14.mlp.down_proj.scales_1238/out
	
À
0jF
3/model.layers.14.mlp.down_proj.block_min_t_1239/out
	
0
ÀjW
'/model.layers.14.mlp.down_proj_1240/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1241/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1242/out+
)%

batch_size
sequence_length
0jW
'/model.layers.14.mlp.down_proj_1243/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.14.mlp.down_proj_1244/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.14_1245/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.15.input_layernorm_1246/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.15.input_layernorm_1247/out+
)%

batch_size
sequence_length
jX
)/model.layers.15.input_layernorm_1248/out+
)%

batch_size
sequence_length
jX
)/model.layers.15.input_layernorm_1249/out+
)%

batch_size
sequence_length
jY
)/model.layers.15.input_layernorm_1250/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.15.input_layernorm_1251/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.15.self_attn.qkv_proj.scales_1252/out
	
À
jK
8/model.layers.15.self_attn.qkv_proj.block_min_t_1253/out
	

Àj\
,/model.layers.15.self_attn.qkv_proj_1254/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1255/out/
-)

batch_size
sequence_length

 jC
/block_sums_1256/out+
)%

batch_size
sequence_length
j\
,/model.layers.15.self_attn.qkv_proj_1257/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.15.self_attn.qkv_proj_1258/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.15.self_attn_1259/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.15.self_attn_1259/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.15.self_attn_1259/out2,
*&

batch_size
sequence_length
ÀjK
/layers.15.attn_1260/out/
-)

batch_size
sequence_length
	
@jK
/layers.15.attn_1261/out/
-)

batch_size
	
sequence_length
@jK
/layers.15.attn_1262/out/
-)

batch_size
sequence_length

@jK
/layers.15.attn_1263/out/
-)

batch_size

sequence_length
@jK
/layers.15.attn_1264/out/
-)

batch_size
sequence_length

@jK
/layers.15.attn_1265/out/
-)

batch_size

sequence_length
@jK
/layers.15.attn_1266/out/
-)

batch_size
	
sequence_length
 jK
/layers.15.attn_1267/out/
-)

batch_size
	
sequence_length
 jK
/layers.15.attn_1268/out/
-)

batch_size
	
sequence_length
 jK
/layers.15.attn_1269/out/
-)

batch_size
	
sequence_length
@jK
/layers.15.attn_1270/out/
-)

batch_size
	
sequence_length
@jK
/layers.15.attn_1271/out/
-)

batch_size
	
sequence_length
@jK
/layers.15.attn_1272/out/
-)

batch_size
	
sequence_length
@jK
/layers.15.attn_1273/out/
-)

batch_size

sequence_length
 jK
/layers.15.attn_1274/out/
-)

batch_size

sequence_length
 jK
/layers.15.attn_1275/out/
-)

batch_size

sequence_length
 jK
/layers.15.attn_1276/out/
-)

batch_size

sequence_length
@jK
/layers.15.attn_1277/out/
-)

batch_size

sequence_length
@jK
/layers.15.attn_1278/out/
-)

batch_size

sequence_length
@jK
/layers.15.attn_1279/out/
-)

batch_size

sequence_length
@jK
/layers.15.attn_1282/out/
-)

batch_size
	
sequence_length
@jM
/layers.15.attn_1283/out1
/+

batch_size

3*sequence_length
@jQ
/layers.15.attn_1284/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.15.attn_1285/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.15.attn_1286/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.15.attn_1287/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.15.attn_1288/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.15.attn_1289/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.15.attn_1290/out1
/+

batch_size

3*sequence_length
@jK
/layers.15.attn_1291/out/
-)

batch_size
	
sequence_length
@jK
/layers.15.attn_1292/out/
-)

batch_size
sequence_length
	
@jH
/layers.15.attn_1293/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.15.self_attn.o_proj.scales_1294/out
	
À
jI
6/model.layers.15.self_attn.o_proj.block_min_t_1295/out
	

ÀjZ
*/model.layers.15.self_attn.o_proj_1296/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1297/out/
-)

batch_size
sequence_length

 jC
/block_sums_1298/out+
)%

batch_size
sequence_length
jZ
*/model.layers.15.self_attn.o_proj_1299/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.15.self_attn.o_proj_1300/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.15_1301/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.15.post_attention_layernorm_1302/out,
*&

batch_size
sequence_length
Àja
2/model.layers.15.post_attention_layernorm_1303/out+
)%

batch_size
sequence_length
ja
2/model.layers.15.post_attention_layernorm_1304/out+
)%

batch_size
sequence_length
ja
2/model.layers.15.post_attention_layernorm_1305/out+
)%

batch_size
sequence_length
jb
2/model.layers.15.post_attention_layernorm_1306/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.15.post_attention_layernorm_1307/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.15.mlp.gate_up_proj.scales_1308/out
	
€
jI
6/model.layers.15.mlp.gate_up_proj.block_min_t_1309/out
	

€jZ
*/model.layers.15.mlp.gate_up_proj_1310/out,
*&

batch_size
sequence_length
€jG
/block_sums_1311/out/
-)

batch_size
sequence_length

 jC
/block_sums_1312/out+
)%

batch_size
sequence_length
jZ
*/model.layers.15.mlp.gate_up_proj_1313/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.15.mlp.gate_up_proj_1314/out,
*&

batch_size
sequence_length
€jN
/model.layers.15.mlp_1315/out0,
*&

batch_size
sequence_length
€jN
/model.layers.15.mlp_1315/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1316/out,
*&

batch_size
sequence_length
€j>
/silu_1317/out,
*&

batch_size
sequence_length
€jM
/model.layers.15.mlp_1318/out,
*&

batch_size
sequence_length
€jA
./model.layers.15.mlp.down_proj.scales_1319/out
	
À
0jF
3/model.layers.15.mlp.down_proj.block_min_t_1320/out
	
0
ÀjW
'/model.layers.15.mlp.down_proj_1321/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1322/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1323/out+
)%

batch_size
sequence_length
0jW
'/model.layers.15.mlp.down_proj_1324/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.15.mlp.down_proj_1325/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.15_1326/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.16.input_layernorm_1327/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.16.input_layernorm_1328/out+
)%

batch_size
sequence_length
jX
)/model.layers.16.input_layernorm_1329/out+
)%

batch_size
sequence_length
jX
)/model.layers.16.input_layernorm_1330/out+
)%

batch_size
sequence_length
jY
)/model.layers.16.input_layernorm_1331/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.16.input_layernorm_1332/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.16.self_attn.qkv_proj.scales_1333/out
	
À
jK
8/model.layers.16.self_attn.qkv_proj.block_min_t_1334/out
	

Àj\
,/model.layers.16.self_attn.qkv_proj_1335/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1336/out/
-)

batch_size
sequence_length

 jC
/block_sums_1337/out+
)%

batch_size
sequence_length
j\
,/model.layers.16.self_attn.qkv_proj_1338/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.16.self_attn.qkv_proj_1339/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.16.self_attn_1340/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.16.self_attn_1340/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.16.self_attn_1340/out2,
*&

batch_size
sequence_length
ÀjK
/layers.16.attn_1341/out/
-)

batch_size
sequence_length
	
@jK
/layers.16.attn_1342/out/
-)

batch_size
	
sequence_length
@jK
/layers.16.attn_1343/out/
-)

batch_size
sequence_length

@jK
/layers.16.attn_1344/out/
-)

batch_size

sequence_length
@jK
/layers.16.attn_1345/out/
-)

batch_size
sequence_length

@jK
/layers.16.attn_1346/out/
-)

batch_size

sequence_length
@jK
/layers.16.attn_1347/out/
-)

batch_size
	
sequence_length
 jK
/layers.16.attn_1348/out/
-)

batch_size
	
sequence_length
 jK
/layers.16.attn_1349/out/
-)

batch_size
	
sequence_length
 jK
/layers.16.attn_1350/out/
-)

batch_size
	
sequence_length
@jK
/layers.16.attn_1351/out/
-)

batch_size
	
sequence_length
@jK
/layers.16.attn_1352/out/
-)

batch_size
	
sequence_length
@jK
/layers.16.attn_1353/out/
-)

batch_size
	
sequence_length
@jK
/layers.16.attn_1354/out/
-)

batch_size

sequence_length
 jK
/layers.16.attn_1355/out/
-)

batch_size

sequence_length
 jK
/layers.16.attn_1356/out/
-)

batch_size

sequence_length
 jK
/layers.16.attn_1357/out/
-)

batch_size

sequence_length
@jK
/layers.16.attn_1358/out/
-)

batch_size

sequence_length
@jK
/layers.16.attn_1359/out/
-)

batch_size

sequence_length
@jK
/layers.16.attn_1360/out/
-)

batch_size

sequence_length
@jK
/layers.16.attn_1363/out/
-)

batch_size
	
sequence_length
@jM
/layers.16.attn_1364/out1
/+

batch_size

3*sequence_length
@jQ
/layers.16.attn_1365/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.16.attn_1366/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.16.attn_1367/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.16.attn_1368/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.16.attn_1369/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.16.attn_1370/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.16.attn_1371/out1
/+

batch_size

3*sequence_length
@jK
/layers.16.attn_1372/out/
-)

batch_size
	
sequence_length
@jK
/layers.16.attn_1373/out/
-)

batch_size
sequence_length
	
@jH
/layers.16.attn_1374/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.16.self_attn.o_proj.scales_1375/out
	
À
jI
6/model.layers.16.self_attn.o_proj.block_min_t_1376/out
	

ÀjZ
*/model.layers.16.self_attn.o_proj_1377/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1378/out/
-)

batch_size
sequence_length

 jC
/block_sums_1379/out+
)%

batch_size
sequence_length
jZ
*/model.layers.16.self_attn.o_proj_1380/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.16.self_attn.o_proj_1381/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.16_1382/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.16.post_attention_layernorm_1383/out,
*&

batch_size
sequence_length
Àja
2/model.layers.16.post_attention_layernorm_1384/out+
)%

batch_size
sequence_length
ja
2/model.layers.16.post_attention_layernorm_1385/out+
)%

batch_size
sequence_length
ja
2/model.layers.16.post_attention_layernorm_1386/out+
)%

batch_size
sequence_length
jb
2/model.layers.16.post_attention_layernorm_1387/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.16.post_attention_layernorm_1388/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.16.mlp.gate_up_proj.scales_1389/out
	
€
jI
6/model.layers.16.mlp.gate_up_proj.block_min_t_1390/out
	

€jZ
*/model.layers.16.mlp.gate_up_proj_1391/out,
*&

batch_size
sequence_length
€jG
/block_sums_1392/out/
-)

batch_size
sequence_length

 jC
/block_sums_1393/out+
)%

batch_size
sequence_length
jZ
*/model.layers.16.mlp.gate_up_proj_1394/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.16.mlp.gate_up_proj_1395/out,
*&

batch_size
sequence_length
€jN
/model.layers.16.mlp_1396/out0,
*&

batch_size
sequence_length
€jN
/model.layers.16.mlp_1396/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1397/out,
*&

batch_size
sequence_length
€j>
/silu_1398/out,
*&

batch_size
sequence_length
€jM
/model.layers.16.mlp_1399/out,
*&

batch_size
sequence_length
€jA
./model.layers.16.mlp.down_proj.scales_1400/out
	
À
0jF
3/model.layers.16.mlp.down_proj.block_min_t_1401/out
	
0
ÀjW
'/model.layers.16.mlp.down_proj_1402/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1403/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1404/out+
)%

batch_size
sequence_length
0jW
'/model.layers.16.mlp.down_proj_1405/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.16.mlp.down_proj_1406/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.16_1407/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.17.input_layernorm_1408/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.17.input_layernorm_1409/out+
)%

batch_size
sequence_length
jX
)/model.layers.17.input_layernorm_1410/out+
)%

batch_size
sequence_length
jX
)/model.layers.17.input_layernorm_1411/out+
)%

batch_size
sequence_length
jY
)/model.layers.17.input_layernorm_1412/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.17.input_layernorm_1413/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.17.self_attn.qkv_proj.scales_1414/out
	
À
jK
8/model.layers.17.self_attn.qkv_proj.block_min_t_1415/out
	

Àj\
,/model.layers.17.self_attn.qkv_proj_1416/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1417/out/
-)

batch_size
sequence_length

 jC
/block_sums_1418/out+
)%

batch_size
sequence_length
j\
,/model.layers.17.self_attn.qkv_proj_1419/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.17.self_attn.qkv_proj_1420/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.17.self_attn_1421/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.17.self_attn_1421/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.17.self_attn_1421/out2,
*&

batch_size
sequence_length
ÀjK
/layers.17.attn_1422/out/
-)

batch_size
sequence_length
	
@jK
/layers.17.attn_1423/out/
-)

batch_size
	
sequence_length
@jK
/layers.17.attn_1424/out/
-)

batch_size
sequence_length

@jK
/layers.17.attn_1425/out/
-)

batch_size

sequence_length
@jK
/layers.17.attn_1426/out/
-)

batch_size
sequence_length

@jK
/layers.17.attn_1427/out/
-)

batch_size

sequence_length
@jK
/layers.17.attn_1428/out/
-)

batch_size
	
sequence_length
 jK
/layers.17.attn_1429/out/
-)

batch_size
	
sequence_length
 jK
/layers.17.attn_1430/out/
-)

batch_size
	
sequence_length
 jK
/layers.17.attn_1431/out/
-)

batch_size
	
sequence_length
@jK
/layers.17.attn_1432/out/
-)

batch_size
	
sequence_length
@jK
/layers.17.attn_1433/out/
-)

batch_size
	
sequence_length
@jK
/layers.17.attn_1434/out/
-)

batch_size
	
sequence_length
@jK
/layers.17.attn_1435/out/
-)

batch_size

sequence_length
 jK
/layers.17.attn_1436/out/
-)

batch_size

sequence_length
 jK
/layers.17.attn_1437/out/
-)

batch_size

sequence_length
 jK
/layers.17.attn_1438/out/
-)

batch_size

sequence_length
@jK
/layers.17.attn_1439/out/
-)

batch_size

sequence_length
@jK
/layers.17.attn_1440/out/
-)

batch_size

sequence_length
@jK
/layers.17.attn_1441/out/
-)

batch_size

sequence_length
@jK
/layers.17.attn_1444/out/
-)

batch_size
	
sequence_length
@jM
/layers.17.attn_1445/out1
/+

batch_size

3*sequence_length
@jQ
/layers.17.attn_1446/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.17.attn_1447/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.17.attn_1448/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.17.attn_1449/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.17.attn_1450/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.17.attn_1451/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.17.attn_1452/out1
/+

batch_size

3*sequence_length
@jK
/layers.17.attn_1453/out/
-)

batch_size
	
sequence_length
@jK
/layers.17.attn_1454/out/
-)

batch_size
sequence_length
	
@jH
/layers.17.attn_1455/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.17.self_attn.o_proj.scales_1456/out
	
À
jI
6/model.layers.17.self_attn.o_proj.block_min_t_1457/out
	

ÀjZ
*/model.layers.17.self_attn.o_proj_1458/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1459/out/
-)

batch_size
sequence_length

 jC
/block_sums_1460/out+
)%

batch_size
sequence_length
jZ
*/model.layers.17.self_attn.o_proj_1461/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.17.self_attn.o_proj_1462/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.17_1463/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.17.post_attention_layernorm_1464/out,
*&

batch_size
sequence_length
Àja
2/model.layers.17.post_attention_layernorm_1465/out+
)%

batch_size
sequence_length
ja
2/model.layers.17.post_attention_layernorm_1466/out+
)%

batch_size
sequence_length
ja
2/model.layers.17.post_attention_layernorm_1467/out+
)%

batch_size
sequence_length
jb
2/model.layers.17.post_attention_layernorm_1468/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.17.post_attention_layernorm_1469/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.17.mlp.gate_up_proj.scales_1470/out
	
€
jI
6/model.layers.17.mlp.gate_up_proj.block_min_t_1471/out
	

€jZ
*/model.layers.17.mlp.gate_up_proj_1472/out,
*&

batch_size
sequence_length
€jG
/block_sums_1473/out/
-)

batch_size
sequence_length

 jC
/block_sums_1474/out+
)%

batch_size
sequence_length
jZ
*/model.layers.17.mlp.gate_up_proj_1475/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.17.mlp.gate_up_proj_1476/out,
*&

batch_size
sequence_length
€jN
/model.layers.17.mlp_1477/out0,
*&

batch_size
sequence_length
€jN
/model.layers.17.mlp_1477/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1478/out,
*&

batch_size
sequence_length
€j>
/silu_1479/out,
*&

batch_size
sequence_length
€jM
/model.layers.17.mlp_1480/out,
*&

batch_size
sequence_length
€jA
./model.layers.17.mlp.down_proj.scales_1481/out
	
À
0jF
3/model.layers.17.mlp.down_proj.block_min_t_1482/out
	
0
ÀjW
'/model.layers.17.mlp.down_proj_1483/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1484/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1485/out+
)%

batch_size
sequence_length
0jW
'/model.layers.17.mlp.down_proj_1486/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.17.mlp.down_proj_1487/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.17_1488/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.18.input_layernorm_1489/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.18.input_layernorm_1490/out+
)%

batch_size
sequence_length
jX
)/model.layers.18.input_layernorm_1491/out+
)%

batch_size
sequence_length
jX
)/model.layers.18.input_layernorm_1492/out+
)%

batch_size
sequence_length
jY
)/model.layers.18.input_layernorm_1493/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.18.input_layernorm_1494/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.18.self_attn.qkv_proj.scales_1495/out
	
À
jK
8/model.layers.18.self_attn.qkv_proj.block_min_t_1496/out
	

Àj\
,/model.layers.18.self_attn.qkv_proj_1497/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1498/out/
-)

batch_size
sequence_length

 jC
/block_sums_1499/out+
)%

batch_size
sequence_length
j\
,/model.layers.18.self_attn.qkv_proj_1500/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.18.self_attn.qkv_proj_1501/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.18.self_attn_1502/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.18.self_attn_1502/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.18.self_attn_1502/out2,
*&

batch_size
sequence_length
ÀjK
/layers.18.attn_1503/out/
-)

batch_size
sequence_length
	
@jK
/layers.18.attn_1504/out/
-)

batch_size
	
sequence_length
@jK
/layers.18.attn_1505/out/
-)

batch_size
sequence_length

@jK
/layers.18.attn_1506/out/
-)

batch_size

sequence_length
@jK
/layers.18.attn_1507/out/
-)

batch_size
sequence_length

@jK
/layers.18.attn_1508/out/
-)

batch_size

sequence_length
@jK
/layers.18.attn_1509/out/
-)

batch_size
	
sequence_length
 jK
/layers.18.attn_1510/out/
-)

batch_size
	
sequence_length
 jK
/layers.18.attn_1511/out/
-)

batch_size
	
sequence_length
 jK
/layers.18.attn_1512/out/
-)

batch_size
	
sequence_length
@jK
/layers.18.attn_1513/out/
-)

batch_size
	
sequence_length
@jK
/layers.18.attn_1514/out/
-)

batch_size
	
sequence_length
@jK
/layers.18.attn_1515/out/
-)

batch_size
	
sequence_length
@jK
/layers.18.attn_1516/out/
-)

batch_size

sequence_length
 jK
/layers.18.attn_1517/out/
-)

batch_size

sequence_length
 jK
/layers.18.attn_1518/out/
-)

batch_size

sequence_length
 jK
/layers.18.attn_1519/out/
-)

batch_size

sequence_length
@jK
/layers.18.attn_1520/out/
-)

batch_size

sequence_length
@jK
/layers.18.attn_1521/out/
-)

batch_size

sequence_length
@jK
/layers.18.attn_1522/out/
-)

batch_size

sequence_length
@jK
/layers.18.attn_1525/out/
-)

batch_size
	
sequence_length
@jM
/layers.18.attn_1526/out1
/+

batch_size

3*sequence_length
@jQ
/layers.18.attn_1527/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.18.attn_1528/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.18.attn_1529/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.18.attn_1530/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.18.attn_1531/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.18.attn_1532/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.18.attn_1533/out1
/+

batch_size

3*sequence_length
@jK
/layers.18.attn_1534/out/
-)

batch_size
	
sequence_length
@jK
/layers.18.attn_1535/out/
-)

batch_size
sequence_length
	
@jH
/layers.18.attn_1536/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.18.self_attn.o_proj.scales_1537/out
	
À
jI
6/model.layers.18.self_attn.o_proj.block_min_t_1538/out
	

ÀjZ
*/model.layers.18.self_attn.o_proj_1539/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1540/out/
-)

batch_size
sequence_length

 jC
/block_sums_1541/out+
)%

batch_size
sequence_length
jZ
*/model.layers.18.self_attn.o_proj_1542/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.18.self_attn.o_proj_1543/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.18_1544/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.18.post_attention_layernorm_1545/out,
*&

batch_size
sequence_length
Àja
2/model.layers.18.post_attention_layernorm_1546/out+
)%

batch_size
sequence_length
ja
2/model.layers.18.post_attention_layernorm_1547/out+
)%

batch_size
sequence_length
ja
2/model.layers.18.post_attention_layernorm_1548/out+
)%

batch_size
sequence_length
jb
2/model.layers.18.post_attention_layernorm_1549/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.18.post_attention_layernorm_1550/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.18.mlp.gate_up_proj.scales_1551/out
	
€
jI
6/model.layers.18.mlp.gate_up_proj.block_min_t_1552/out
	

€jZ
*/model.layers.18.mlp.gate_up_proj_1553/out,
*&

batch_size
sequence_length
€jG
/block_sums_1554/out/
-)

batch_size
sequence_length

 jC
/block_sums_1555/out+
)%

batch_size
sequence_length
jZ
*/model.layers.18.mlp.gate_up_proj_1556/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.18.mlp.gate_up_proj_1557/out,
*&

batch_size
sequence_length
€jN
/model.layers.18.mlp_1558/out0,
*&

batch_size
sequence_length
€jN
/model.layers.18.mlp_1558/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1559/out,
*&

batch_size
sequence_length
€j>
/silu_1560/out,
*&

batch_size
sequence_length
€jM
/model.layers.18.mlp_1561/out,
*&

batch_size
sequence_length
€jA
./model.layers.18.mlp.down_proj.scales_1562/out
	
À
0jF
3/model.layers.18.mlp.down_proj.block_min_t_1563/out
	
0
ÀjW
'/model.layers.18.mlp.down_proj_1564/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1565/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1566/out+
)%

batch_size
sequence_length
0jW
'/model.layers.18.mlp.down_proj_1567/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.18.mlp.down_proj_1568/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.18_1569/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.19.input_layernorm_1570/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.19.input_layernorm_1571/out+
)%

batch_size
sequence_length
jX
)/model.layers.19.input_layernorm_1572/out+
)%

batch_size
sequence_length
jX
)/model.layers.19.input_layernorm_1573/out+
)%

batch_size
sequence_length
jY
)/model.layers.19.input_layernorm_1574/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.19.input_layernorm_1575/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.19.self_attn.qkv_proj.scales_1576/out
	
À
jK
8/model.layers.19.self_attn.qkv_proj.block_min_t_1577/out
	

Àj\
,/model.layers.19.self_attn.qkv_proj_1578/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1579/out/
-)

batch_size
sequence_length

 jC
/block_sums_1580/out+
)%

batch_size
sequence_length
j\
,/model.layers.19.self_attn.qkv_proj_1581/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.19.self_attn.qkv_proj_1582/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.19.self_attn_1583/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.19.self_attn_1583/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.19.self_attn_1583/out2,
*&

batch_size
sequence_length
ÀjK
/layers.19.attn_1584/out/
-)

batch_size
sequence_length
	
@jK
/layers.19.attn_1585/out/
-)

batch_size
	
sequence_length
@jK
/layers.19.attn_1586/out/
-)

batch_size
sequence_length

@jK
/layers.19.attn_1587/out/
-)

batch_size

sequence_length
@jK
/layers.19.attn_1588/out/
-)

batch_size
sequence_length

@jK
/layers.19.attn_1589/out/
-)

batch_size

sequence_length
@jK
/layers.19.attn_1590/out/
-)

batch_size
	
sequence_length
 jK
/layers.19.attn_1591/out/
-)

batch_size
	
sequence_length
 jK
/layers.19.attn_1592/out/
-)

batch_size
	
sequence_length
 jK
/layers.19.attn_1593/out/
-)

batch_size
	
sequence_length
@jK
/layers.19.attn_1594/out/
-)

batch_size
	
sequence_length
@jK
/layers.19.attn_1595/out/
-)

batch_size
	
sequence_length
@jK
/layers.19.attn_1596/out/
-)

batch_size
	
sequence_length
@jK
/layers.19.attn_1597/out/
-)

batch_size

sequence_length
 jK
/layers.19.attn_1598/out/
-)

batch_size

sequence_length
 jK
/layers.19.attn_1599/out/
-)

batch_size

sequence_length
 jK
/layers.19.attn_1600/out/
-)

batch_size

sequence_length
@jK
/layers.19.attn_1601/out/
-)

batch_size

sequence_length
@jK
/layers.19.attn_1602/out/
-)

batch_size

sequence_length
@jK
/layers.19.attn_1603/out/
-)

batch_size

sequence_length
@jK
/layers.19.attn_1606/out/
-)

batch_size
	
sequence_length
@jM
/layers.19.attn_1607/out1
/+

batch_size

3*sequence_length
@jQ
/layers.19.attn_1608/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.19.attn_1609/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.19.attn_1610/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.19.attn_1611/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.19.attn_1612/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.19.attn_1613/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.19.attn_1614/out1
/+

batch_size

3*sequence_length
@jK
/layers.19.attn_1615/out/
-)

batch_size
	
sequence_length
@jK
/layers.19.attn_1616/out/
-)

batch_size
sequence_length
	
@jH
/layers.19.attn_1617/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.19.self_attn.o_proj.scales_1618/out
	
À
jI
6/model.layers.19.self_attn.o_proj.block_min_t_1619/out
	

ÀjZ
*/model.layers.19.self_attn.o_proj_1620/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1621/out/
-)

batch_size
sequence_length

 jC
/block_sums_1622/out+
)%

batch_size
sequence_length
jZ
*/model.layers.19.self_attn.o_proj_1623/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.19.self_attn.o_proj_1624/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.19_1625/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.19.post_attention_layernorm_1626/out,
*&

batch_size
sequence_length
Àja
2/model.layers.19.post_attention_layernorm_1627/out+
)%

batch_size
sequence_length
ja
2/model.layers.19.post_attention_layernorm_1628/out+
)%

batch_size
sequence_length
ja
2/model.layers.19.post_attention_layernorm_1629/out+
)%

batch_size
sequence_length
jb
2/model.layers.19.post_attention_layernorm_1630/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.19.post_attention_layernorm_1631/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.19.mlp.gate_up_proj.scales_1632/out
	
€
jI
6/model.layers.19.mlp.gate_up_proj.block_min_t_1633/out
	

€jZ
*/model.layers.19.mlp.gate_up_proj_1634/out,
*&

batch_size
sequence_length
€jG
/block_sums_1635/out/
-)

batch_size
sequence_length

 jC
/block_sums_1636/out+
)%

batch_size
sequence_length
jZ
*/model.layers.19.mlp.gate_up_proj_1637/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.19.mlp.gate_up_proj_1638/out,
*&

batch_size
sequence_length
€jN
/model.layers.19.mlp_1639/out0,
*&

batch_size
sequence_length
€jN
/model.layers.19.mlp_1639/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1640/out,
*&

batch_size
sequence_length
€j>
/silu_1641/out,
*&

batch_size
sequence_length
€jM
/model.layers.19.mlp_1642/out,
*&

batch_size
sequence_length
€jA
./model.layers.19.mlp.down_proj.scales_1643/out
	
À
0jF
3/model.layers.19.mlp.down_proj.block_min_t_1644/out
	
0
ÀjW
'/model.layers.19.mlp.down_proj_1645/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1646/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1647/out+
)%

batch_size
sequence_length
0jW
'/model.layers.19.mlp.down_proj_1648/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.19.mlp.down_proj_1649/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.19_1650/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.20.input_layernorm_1651/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.20.input_layernorm_1652/out+
)%

batch_size
sequence_length
jX
)/model.layers.20.input_layernorm_1653/out+
)%

batch_size
sequence_length
jX
)/model.layers.20.input_layernorm_1654/out+
)%

batch_size
sequence_length
jY
)/model.layers.20.input_layernorm_1655/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.20.input_layernorm_1656/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.20.self_attn.qkv_proj.scales_1657/out
	
À
jK
8/model.layers.20.self_attn.qkv_proj.block_min_t_1658/out
	

Àj\
,/model.layers.20.self_attn.qkv_proj_1659/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1660/out/
-)

batch_size
sequence_length

 jC
/block_sums_1661/out+
)%

batch_size
sequence_length
j\
,/model.layers.20.self_attn.qkv_proj_1662/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.20.self_attn.qkv_proj_1663/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.20.self_attn_1664/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.20.self_attn_1664/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.20.self_attn_1664/out2,
*&

batch_size
sequence_length
ÀjK
/layers.20.attn_1665/out/
-)

batch_size
sequence_length
	
@jK
/layers.20.attn_1666/out/
-)

batch_size
	
sequence_length
@jK
/layers.20.attn_1667/out/
-)

batch_size
sequence_length

@jK
/layers.20.attn_1668/out/
-)

batch_size

sequence_length
@jK
/layers.20.attn_1669/out/
-)

batch_size
sequence_length

@jK
/layers.20.attn_1670/out/
-)

batch_size

sequence_length
@jK
/layers.20.attn_1671/out/
-)

batch_size
	
sequence_length
 jK
/layers.20.attn_1672/out/
-)

batch_size
	
sequence_length
 jK
/layers.20.attn_1673/out/
-)

batch_size
	
sequence_length
 jK
/layers.20.attn_1674/out/
-)

batch_size
	
sequence_length
@jK
/layers.20.attn_1675/out/
-)

batch_size
	
sequence_length
@jK
/layers.20.attn_1676/out/
-)

batch_size
	
sequence_length
@jK
/layers.20.attn_1677/out/
-)

batch_size
	
sequence_length
@jK
/layers.20.attn_1678/out/
-)

batch_size

sequence_length
 jK
/layers.20.attn_1679/out/
-)

batch_size

sequence_length
 jK
/layers.20.attn_1680/out/
-)

batch_size

sequence_length
 jK
/layers.20.attn_1681/out/
-)

batch_size

sequence_length
@jK
/layers.20.attn_1682/out/
-)

batch_size

sequence_length
@jK
/layers.20.attn_1683/out/
-)

batch_size

sequence_length
@jK
/layers.20.attn_1684/out/
-)

batch_size

sequence_length
@jK
/layers.20.attn_1687/out/
-)

batch_size
	
sequence_length
@jM
/layers.20.attn_1688/out1
/+

batch_size

3*sequence_length
@jQ
/layers.20.attn_1689/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.20.attn_1690/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.20.attn_1691/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.20.attn_1692/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.20.attn_1693/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.20.attn_1694/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.20.attn_1695/out1
/+

batch_size

3*sequence_length
@jK
/layers.20.attn_1696/out/
-)

batch_size
	
sequence_length
@jK
/layers.20.attn_1697/out/
-)

batch_size
sequence_length
	
@jH
/layers.20.attn_1698/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.20.self_attn.o_proj.scales_1699/out
	
À
jI
6/model.layers.20.self_attn.o_proj.block_min_t_1700/out
	

ÀjZ
*/model.layers.20.self_attn.o_proj_1701/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1702/out/
-)

batch_size
sequence_length

 jC
/block_sums_1703/out+
)%

batch_size
sequence_length
jZ
*/model.layers.20.self_attn.o_proj_1704/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.20.self_attn.o_proj_1705/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.20_1706/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.20.post_attention_layernorm_1707/out,
*&

batch_size
sequence_length
Àja
2/model.layers.20.post_attention_layernorm_1708/out+
)%

batch_size
sequence_length
ja
2/model.layers.20.post_attention_layernorm_1709/out+
)%

batch_size
sequence_length
ja
2/model.layers.20.post_attention_layernorm_1710/out+
)%

batch_size
sequence_length
jb
2/model.layers.20.post_attention_layernorm_1711/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.20.post_attention_layernorm_1712/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.20.mlp.gate_up_proj.scales_1713/out
	
€
jI
6/model.layers.20.mlp.gate_up_proj.block_min_t_1714/out
	

€jZ
*/model.layers.20.mlp.gate_up_proj_1715/out,
*&

batch_size
sequence_length
€jG
/block_sums_1716/out/
-)

batch_size
sequence_length

 jC
/block_sums_1717/out+
)%

batch_size
sequence_length
jZ
*/model.layers.20.mlp.gate_up_proj_1718/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.20.mlp.gate_up_proj_1719/out,
*&

batch_size
sequence_length
€jN
/model.layers.20.mlp_1720/out0,
*&

batch_size
sequence_length
€jN
/model.layers.20.mlp_1720/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1721/out,
*&

batch_size
sequence_length
€j>
/silu_1722/out,
*&

batch_size
sequence_length
€jM
/model.layers.20.mlp_1723/out,
*&

batch_size
sequence_length
€jA
./model.layers.20.mlp.down_proj.scales_1724/out
	
À
0jF
3/model.layers.20.mlp.down_proj.block_min_t_1725/out
	
0
ÀjW
'/model.layers.20.mlp.down_proj_1726/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1727/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1728/out+
)%

batch_size
sequence_length
0jW
'/model.layers.20.mlp.down_proj_1729/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.20.mlp.down_proj_1730/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.20_1731/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.21.input_layernorm_1732/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.21.input_layernorm_1733/out+
)%

batch_size
sequence_length
jX
)/model.layers.21.input_layernorm_1734/out+
)%

batch_size
sequence_length
jX
)/model.layers.21.input_layernorm_1735/out+
)%

batch_size
sequence_length
jY
)/model.layers.21.input_layernorm_1736/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.21.input_layernorm_1737/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.21.self_attn.qkv_proj.scales_1738/out
	
À
jK
8/model.layers.21.self_attn.qkv_proj.block_min_t_1739/out
	

Àj\
,/model.layers.21.self_attn.qkv_proj_1740/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1741/out/
-)

batch_size
sequence_length

 jC
/block_sums_1742/out+
)%

batch_size
sequence_length
j\
,/model.layers.21.self_attn.qkv_proj_1743/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.21.self_attn.qkv_proj_1744/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.21.self_attn_1745/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.21.self_attn_1745/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.21.self_attn_1745/out2,
*&

batch_size
sequence_length
ÀjK
/layers.21.attn_1746/out/
-)

batch_size
sequence_length
	
@jK
/layers.21.attn_1747/out/
-)

batch_size
	
sequence_length
@jK
/layers.21.attn_1748/out/
-)

batch_size
sequence_length

@jK
/layers.21.attn_1749/out/
-)

batch_size

sequence_length
@jK
/layers.21.attn_1750/out/
-)

batch_size
sequence_length

@jK
/layers.21.attn_1751/out/
-)

batch_size

sequence_length
@jK
/layers.21.attn_1752/out/
-)

batch_size
	
sequence_length
 jK
/layers.21.attn_1753/out/
-)

batch_size
	
sequence_length
 jK
/layers.21.attn_1754/out/
-)

batch_size
	
sequence_length
 jK
/layers.21.attn_1755/out/
-)

batch_size
	
sequence_length
@jK
/layers.21.attn_1756/out/
-)

batch_size
	
sequence_length
@jK
/layers.21.attn_1757/out/
-)

batch_size
	
sequence_length
@jK
/layers.21.attn_1758/out/
-)

batch_size
	
sequence_length
@jK
/layers.21.attn_1759/out/
-)

batch_size

sequence_length
 jK
/layers.21.attn_1760/out/
-)

batch_size

sequence_length
 jK
/layers.21.attn_1761/out/
-)

batch_size

sequence_length
 jK
/layers.21.attn_1762/out/
-)

batch_size

sequence_length
@jK
/layers.21.attn_1763/out/
-)

batch_size

sequence_length
@jK
/layers.21.attn_1764/out/
-)

batch_size

sequence_length
@jK
/layers.21.attn_1765/out/
-)

batch_size

sequence_length
@jK
/layers.21.attn_1768/out/
-)

batch_size
	
sequence_length
@jM
/layers.21.attn_1769/out1
/+

batch_size

3*sequence_length
@jQ
/layers.21.attn_1770/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.21.attn_1771/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.21.attn_1772/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.21.attn_1773/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.21.attn_1774/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.21.attn_1775/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.21.attn_1776/out1
/+

batch_size

3*sequence_length
@jK
/layers.21.attn_1777/out/
-)

batch_size
	
sequence_length
@jK
/layers.21.attn_1778/out/
-)

batch_size
sequence_length
	
@jH
/layers.21.attn_1779/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.21.self_attn.o_proj.scales_1780/out
	
À
jI
6/model.layers.21.self_attn.o_proj.block_min_t_1781/out
	

ÀjZ
*/model.layers.21.self_attn.o_proj_1782/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1783/out/
-)

batch_size
sequence_length

 jC
/block_sums_1784/out+
)%

batch_size
sequence_length
jZ
*/model.layers.21.self_attn.o_proj_1785/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.21.self_attn.o_proj_1786/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.21_1787/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.21.post_attention_layernorm_1788/out,
*&

batch_size
sequence_length
Àja
2/model.layers.21.post_attention_layernorm_1789/out+
)%

batch_size
sequence_length
ja
2/model.layers.21.post_attention_layernorm_1790/out+
)%

batch_size
sequence_length
ja
2/model.layers.21.post_attention_layernorm_1791/out+
)%

batch_size
sequence_length
jb
2/model.layers.21.post_attention_layernorm_1792/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.21.post_attention_layernorm_1793/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.21.mlp.gate_up_proj.scales_1794/out
	
€
jI
6/model.layers.21.mlp.gate_up_proj.block_min_t_1795/out
	

€jZ
*/model.layers.21.mlp.gate_up_proj_1796/out,
*&

batch_size
sequence_length
€jG
/block_sums_1797/out/
-)

batch_size
sequence_length

 jC
/block_sums_1798/out+
)%

batch_size
sequence_length
jZ
*/model.layers.21.mlp.gate_up_proj_1799/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.21.mlp.gate_up_proj_1800/out,
*&

batch_size
sequence_length
€jN
/model.layers.21.mlp_1801/out0,
*&

batch_size
sequence_length
€jN
/model.layers.21.mlp_1801/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1802/out,
*&

batch_size
sequence_length
€j>
/silu_1803/out,
*&

batch_size
sequence_length
€jM
/model.layers.21.mlp_1804/out,
*&

batch_size
sequence_length
€jA
./model.layers.21.mlp.down_proj.scales_1805/out
	
À
0jF
3/model.layers.21.mlp.down_proj.block_min_t_1806/out
	
0
ÀjW
'/model.layers.21.mlp.down_proj_1807/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1808/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1809/out+
)%

batch_size
sequence_length
0jW
'/model.layers.21.mlp.down_proj_1810/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.21.mlp.down_proj_1811/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.21_1812/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.22.input_layernorm_1813/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.22.input_layernorm_1814/out+
)%

batch_size
sequence_length
jX
)/model.layers.22.input_layernorm_1815/out+
)%

batch_size
sequence_length
jX
)/model.layers.22.input_layernorm_1816/out+
)%

batch_size
sequence_length
jY
)/model.layers.22.input_layernorm_1817/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.22.input_layernorm_1818/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.22.self_attn.qkv_proj.scales_1819/out
	
À
jK
8/model.layers.22.self_attn.qkv_proj.block_min_t_1820/out
	

Àj\
,/model.layers.22.self_attn.qkv_proj_1821/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1822/out/
-)

batch_size
sequence_length

 jC
/block_sums_1823/out+
)%

batch_size
sequence_length
j\
,/model.layers.22.self_attn.qkv_proj_1824/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.22.self_attn.qkv_proj_1825/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.22.self_attn_1826/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.22.self_attn_1826/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.22.self_attn_1826/out2,
*&

batch_size
sequence_length
ÀjK
/layers.22.attn_1827/out/
-)

batch_size
sequence_length
	
@jK
/layers.22.attn_1828/out/
-)

batch_size
	
sequence_length
@jK
/layers.22.attn_1829/out/
-)

batch_size
sequence_length

@jK
/layers.22.attn_1830/out/
-)

batch_size

sequence_length
@jK
/layers.22.attn_1831/out/
-)

batch_size
sequence_length

@jK
/layers.22.attn_1832/out/
-)

batch_size

sequence_length
@jK
/layers.22.attn_1833/out/
-)

batch_size
	
sequence_length
 jK
/layers.22.attn_1834/out/
-)

batch_size
	
sequence_length
 jK
/layers.22.attn_1835/out/
-)

batch_size
	
sequence_length
 jK
/layers.22.attn_1836/out/
-)

batch_size
	
sequence_length
@jK
/layers.22.attn_1837/out/
-)

batch_size
	
sequence_length
@jK
/layers.22.attn_1838/out/
-)

batch_size
	
sequence_length
@jK
/layers.22.attn_1839/out/
-)

batch_size
	
sequence_length
@jK
/layers.22.attn_1840/out/
-)

batch_size

sequence_length
 jK
/layers.22.attn_1841/out/
-)

batch_size

sequence_length
 jK
/layers.22.attn_1842/out/
-)

batch_size

sequence_length
 jK
/layers.22.attn_1843/out/
-)

batch_size

sequence_length
@jK
/layers.22.attn_1844/out/
-)

batch_size

sequence_length
@jK
/layers.22.attn_1845/out/
-)

batch_size

sequence_length
@jK
/layers.22.attn_1846/out/
-)

batch_size

sequence_length
@jK
/layers.22.attn_1849/out/
-)

batch_size
	
sequence_length
@jM
/layers.22.attn_1850/out1
/+

batch_size

3*sequence_length
@jQ
/layers.22.attn_1851/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.22.attn_1852/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.22.attn_1853/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.22.attn_1854/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.22.attn_1855/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.22.attn_1856/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.22.attn_1857/out1
/+

batch_size

3*sequence_length
@jK
/layers.22.attn_1858/out/
-)

batch_size
	
sequence_length
@jK
/layers.22.attn_1859/out/
-)

batch_size
sequence_length
	
@jH
/layers.22.attn_1860/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.22.self_attn.o_proj.scales_1861/out
	
À
jI
6/model.layers.22.self_attn.o_proj.block_min_t_1862/out
	

ÀjZ
*/model.layers.22.self_attn.o_proj_1863/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1864/out/
-)

batch_size
sequence_length

 jC
/block_sums_1865/out+
)%

batch_size
sequence_length
jZ
*/model.layers.22.self_attn.o_proj_1866/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.22.self_attn.o_proj_1867/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.22_1868/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.22.post_attention_layernorm_1869/out,
*&

batch_size
sequence_length
Àja
2/model.layers.22.post_attention_layernorm_1870/out+
)%

batch_size
sequence_length
ja
2/model.layers.22.post_attention_layernorm_1871/out+
)%

batch_size
sequence_length
ja
2/model.layers.22.post_attention_layernorm_1872/out+
)%

batch_size
sequence_length
jb
2/model.layers.22.post_attention_layernorm_1873/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.22.post_attention_layernorm_1874/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.22.mlp.gate_up_proj.scales_1875/out
	
€
jI
6/model.layers.22.mlp.gate_up_proj.block_min_t_1876/out
	

€jZ
*/model.layers.22.mlp.gate_up_proj_1877/out,
*&

batch_size
sequence_length
€jG
/block_sums_1878/out/
-)

batch_size
sequence_length

 jC
/block_sums_1879/out+
)%

batch_size
sequence_length
jZ
*/model.layers.22.mlp.gate_up_proj_1880/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.22.mlp.gate_up_proj_1881/out,
*&

batch_size
sequence_length
€jN
/model.layers.22.mlp_1882/out0,
*&

batch_size
sequence_length
€jN
/model.layers.22.mlp_1882/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1883/out,
*&

batch_size
sequence_length
€j>
/silu_1884/out,
*&

batch_size
sequence_length
€jM
/model.layers.22.mlp_1885/out,
*&

batch_size
sequence_length
€jA
./model.layers.22.mlp.down_proj.scales_1886/out
	
À
0jF
3/model.layers.22.mlp.down_proj.block_min_t_1887/out
	
0
ÀjW
'/model.layers.22.mlp.down_proj_1888/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1889/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1890/out+
)%

batch_size
sequence_length
0jW
'/model.layers.22.mlp.down_proj_1891/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.22.mlp.down_proj_1892/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.22_1893/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.23.input_layernorm_1894/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.23.input_layernorm_1895/out+
)%

batch_size
sequence_length
jX
)/model.layers.23.input_layernorm_1896/out+
)%

batch_size
sequence_length
jX
)/model.layers.23.input_layernorm_1897/out+
)%

batch_size
sequence_length
jY
)/model.layers.23.input_layernorm_1898/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.23.input_layernorm_1899/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.23.self_attn.qkv_proj.scales_1900/out
	
À
jK
8/model.layers.23.self_attn.qkv_proj.block_min_t_1901/out
	

Àj\
,/model.layers.23.self_attn.qkv_proj_1902/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1903/out/
-)

batch_size
sequence_length

 jC
/block_sums_1904/out+
)%

batch_size
sequence_length
j\
,/model.layers.23.self_attn.qkv_proj_1905/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.23.self_attn.qkv_proj_1906/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.23.self_attn_1907/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.23.self_attn_1907/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.23.self_attn_1907/out2,
*&

batch_size
sequence_length
ÀjK
/layers.23.attn_1908/out/
-)

batch_size
sequence_length
	
@jK
/layers.23.attn_1909/out/
-)

batch_size
	
sequence_length
@jK
/layers.23.attn_1910/out/
-)

batch_size
sequence_length

@jK
/layers.23.attn_1911/out/
-)

batch_size

sequence_length
@jK
/layers.23.attn_1912/out/
-)

batch_size
sequence_length

@jK
/layers.23.attn_1913/out/
-)

batch_size

sequence_length
@jK
/layers.23.attn_1914/out/
-)

batch_size
	
sequence_length
 jK
/layers.23.attn_1915/out/
-)

batch_size
	
sequence_length
 jK
/layers.23.attn_1916/out/
-)

batch_size
	
sequence_length
 jK
/layers.23.attn_1917/out/
-)

batch_size
	
sequence_length
@jK
/layers.23.attn_1918/out/
-)

batch_size
	
sequence_length
@jK
/layers.23.attn_1919/out/
-)

batch_size
	
sequence_length
@jK
/layers.23.attn_1920/out/
-)

batch_size
	
sequence_length
@jK
/layers.23.attn_1921/out/
-)

batch_size

sequence_length
 jK
/layers.23.attn_1922/out/
-)

batch_size

sequence_length
 jK
/layers.23.attn_1923/out/
-)

batch_size

sequence_length
 jK
/layers.23.attn_1924/out/
-)

batch_size

sequence_length
@jK
/layers.23.attn_1925/out/
-)

batch_size

sequence_length
@jK
/layers.23.attn_1926/out/
-)

batch_size

sequence_length
@jK
/layers.23.attn_1927/out/
-)

batch_size

sequence_length
@jK
/layers.23.attn_1930/out/
-)

batch_size
	
sequence_length
@jM
/layers.23.attn_1931/out1
/+

batch_size

3*sequence_length
@jQ
/layers.23.attn_1932/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.23.attn_1933/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.23.attn_1934/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.23.attn_1935/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.23.attn_1936/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.23.attn_1937/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.23.attn_1938/out1
/+

batch_size

3*sequence_length
@jK
/layers.23.attn_1939/out/
-)

batch_size
	
sequence_length
@jK
/layers.23.attn_1940/out/
-)

batch_size
sequence_length
	
@jH
/layers.23.attn_1941/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.23.self_attn.o_proj.scales_1942/out
	
À
jI
6/model.layers.23.self_attn.o_proj.block_min_t_1943/out
	

ÀjZ
*/model.layers.23.self_attn.o_proj_1944/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1945/out/
-)

batch_size
sequence_length

 jC
/block_sums_1946/out+
)%

batch_size
sequence_length
jZ
*/model.layers.23.self_attn.o_proj_1947/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.23.self_attn.o_proj_1948/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.23_1949/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.23.post_attention_layernorm_1950/out,
*&

batch_size
sequence_length
Àja
2/model.layers.23.post_attention_layernorm_1951/out+
)%

batch_size
sequence_length
ja
2/model.layers.23.post_attention_layernorm_1952/out+
)%

batch_size
sequence_length
ja
2/model.layers.23.post_attention_layernorm_1953/out+
)%

batch_size
sequence_length
jb
2/model.layers.23.post_attention_layernorm_1954/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.23.post_attention_layernorm_1955/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.23.mlp.gate_up_proj.scales_1956/out
	
€
jI
6/model.layers.23.mlp.gate_up_proj.block_min_t_1957/out
	

€jZ
*/model.layers.23.mlp.gate_up_proj_1958/out,
*&

batch_size
sequence_length
€jG
/block_sums_1959/out/
-)

batch_size
sequence_length

 jC
/block_sums_1960/out+
)%

batch_size
sequence_length
jZ
*/model.layers.23.mlp.gate_up_proj_1961/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.23.mlp.gate_up_proj_1962/out,
*&

batch_size
sequence_length
€jN
/model.layers.23.mlp_1963/out0,
*&

batch_size
sequence_length
€jN
/model.layers.23.mlp_1963/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_1964/out,
*&

batch_size
sequence_length
€j>
/silu_1965/out,
*&

batch_size
sequence_length
€jM
/model.layers.23.mlp_1966/out,
*&

batch_size
sequence_length
€jA
./model.layers.23.mlp.down_proj.scales_1967/out
	
À
0jF
3/model.layers.23.mlp.down_proj.block_min_t_1968/out
	
0
ÀjW
'/model.layers.23.mlp.down_proj_1969/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1970/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_1971/out+
)%

batch_size
sequence_length
0jW
'/model.layers.23.mlp.down_proj_1972/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.23.mlp.down_proj_1973/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.23_1974/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.24.input_layernorm_1975/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.24.input_layernorm_1976/out+
)%

batch_size
sequence_length
jX
)/model.layers.24.input_layernorm_1977/out+
)%

batch_size
sequence_length
jX
)/model.layers.24.input_layernorm_1978/out+
)%

batch_size
sequence_length
jY
)/model.layers.24.input_layernorm_1979/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.24.input_layernorm_1980/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.24.self_attn.qkv_proj.scales_1981/out
	
À
jK
8/model.layers.24.self_attn.qkv_proj.block_min_t_1982/out
	

Àj\
,/model.layers.24.self_attn.qkv_proj_1983/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_1984/out/
-)

batch_size
sequence_length

 jC
/block_sums_1985/out+
)%

batch_size
sequence_length
j\
,/model.layers.24.self_attn.qkv_proj_1986/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.24.self_attn.qkv_proj_1987/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.24.self_attn_1988/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.24.self_attn_1988/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.24.self_attn_1988/out2,
*&

batch_size
sequence_length
ÀjK
/layers.24.attn_1989/out/
-)

batch_size
sequence_length
	
@jK
/layers.24.attn_1990/out/
-)

batch_size
	
sequence_length
@jK
/layers.24.attn_1991/out/
-)

batch_size
sequence_length

@jK
/layers.24.attn_1992/out/
-)

batch_size

sequence_length
@jK
/layers.24.attn_1993/out/
-)

batch_size
sequence_length

@jK
/layers.24.attn_1994/out/
-)

batch_size

sequence_length
@jK
/layers.24.attn_1995/out/
-)

batch_size
	
sequence_length
 jK
/layers.24.attn_1996/out/
-)

batch_size
	
sequence_length
 jK
/layers.24.attn_1997/out/
-)

batch_size
	
sequence_length
 jK
/layers.24.attn_1998/out/
-)

batch_size
	
sequence_length
@jK
/layers.24.attn_1999/out/
-)

batch_size
	
sequence_length
@jK
/layers.24.attn_2000/out/
-)

batch_size
	
sequence_length
@jK
/layers.24.attn_2001/out/
-)

batch_size
	
sequence_length
@jK
/layers.24.attn_2002/out/
-)

batch_size

sequence_length
 jK
/layers.24.attn_2003/out/
-)

batch_size

sequence_length
 jK
/layers.24.attn_2004/out/
-)

batch_size

sequence_length
 jK
/layers.24.attn_2005/out/
-)

batch_size

sequence_length
@jK
/layers.24.attn_2006/out/
-)

batch_size

sequence_length
@jK
/layers.24.attn_2007/out/
-)

batch_size

sequence_length
@jK
/layers.24.attn_2008/out/
-)

batch_size

sequence_length
@jK
/layers.24.attn_2011/out/
-)

batch_size
	
sequence_length
@jM
/layers.24.attn_2012/out1
/+

batch_size

3*sequence_length
@jQ
/layers.24.attn_2013/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.24.attn_2014/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.24.attn_2015/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.24.attn_2016/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.24.attn_2017/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.24.attn_2018/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.24.attn_2019/out1
/+

batch_size

3*sequence_length
@jK
/layers.24.attn_2020/out/
-)

batch_size
	
sequence_length
@jK
/layers.24.attn_2021/out/
-)

batch_size
sequence_length
	
@jH
/layers.24.attn_2022/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.24.self_attn.o_proj.scales_2023/out
	
À
jI
6/model.layers.24.self_attn.o_proj.block_min_t_2024/out
	

ÀjZ
*/model.layers.24.self_attn.o_proj_2025/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2026/out/
-)

batch_size
sequence_length

 jC
/block_sums_2027/out+
)%

batch_size
sequence_length
jZ
*/model.layers.24.self_attn.o_proj_2028/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.24.self_attn.o_proj_2029/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.24_2030/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.24.post_attention_layernorm_2031/out,
*&

batch_size
sequence_length
Àja
2/model.layers.24.post_attention_layernorm_2032/out+
)%

batch_size
sequence_length
ja
2/model.layers.24.post_attention_layernorm_2033/out+
)%

batch_size
sequence_length
ja
2/model.layers.24.post_attention_layernorm_2034/out+
)%

batch_size
sequence_length
jb
2/model.layers.24.post_attention_layernorm_2035/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.24.post_attention_layernorm_2036/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.24.mlp.gate_up_proj.scales_2037/out
	
€
jI
6/model.layers.24.mlp.gate_up_proj.block_min_t_2038/out
	

€jZ
*/model.layers.24.mlp.gate_up_proj_2039/out,
*&

batch_size
sequence_length
€jG
/block_sums_2040/out/
-)

batch_size
sequence_length

 jC
/block_sums_2041/out+
)%

batch_size
sequence_length
jZ
*/model.layers.24.mlp.gate_up_proj_2042/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.24.mlp.gate_up_proj_2043/out,
*&

batch_size
sequence_length
€jN
/model.layers.24.mlp_2044/out0,
*&

batch_size
sequence_length
€jN
/model.layers.24.mlp_2044/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_2045/out,
*&

batch_size
sequence_length
€j>
/silu_2046/out,
*&

batch_size
sequence_length
€jM
/model.layers.24.mlp_2047/out,
*&

batch_size
sequence_length
€jA
./model.layers.24.mlp.down_proj.scales_2048/out
	
À
0jF
3/model.layers.24.mlp.down_proj.block_min_t_2049/out
	
0
ÀjW
'/model.layers.24.mlp.down_proj_2050/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2051/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_2052/out+
)%

batch_size
sequence_length
0jW
'/model.layers.24.mlp.down_proj_2053/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.24.mlp.down_proj_2054/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.24_2055/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.25.input_layernorm_2056/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.25.input_layernorm_2057/out+
)%

batch_size
sequence_length
jX
)/model.layers.25.input_layernorm_2058/out+
)%

batch_size
sequence_length
jX
)/model.layers.25.input_layernorm_2059/out+
)%

batch_size
sequence_length
jY
)/model.layers.25.input_layernorm_2060/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.25.input_layernorm_2061/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.25.self_attn.qkv_proj.scales_2062/out
	
À
jK
8/model.layers.25.self_attn.qkv_proj.block_min_t_2063/out
	

Àj\
,/model.layers.25.self_attn.qkv_proj_2064/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2065/out/
-)

batch_size
sequence_length

 jC
/block_sums_2066/out+
)%

batch_size
sequence_length
j\
,/model.layers.25.self_attn.qkv_proj_2067/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.25.self_attn.qkv_proj_2068/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.25.self_attn_2069/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.25.self_attn_2069/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.25.self_attn_2069/out2,
*&

batch_size
sequence_length
ÀjK
/layers.25.attn_2070/out/
-)

batch_size
sequence_length
	
@jK
/layers.25.attn_2071/out/
-)

batch_size
	
sequence_length
@jK
/layers.25.attn_2072/out/
-)

batch_size
sequence_length

@jK
/layers.25.attn_2073/out/
-)

batch_size

sequence_length
@jK
/layers.25.attn_2074/out/
-)

batch_size
sequence_length

@jK
/layers.25.attn_2075/out/
-)

batch_size

sequence_length
@jK
/layers.25.attn_2076/out/
-)

batch_size
	
sequence_length
 jK
/layers.25.attn_2077/out/
-)

batch_size
	
sequence_length
 jK
/layers.25.attn_2078/out/
-)

batch_size
	
sequence_length
 jK
/layers.25.attn_2079/out/
-)

batch_size
	
sequence_length
@jK
/layers.25.attn_2080/out/
-)

batch_size
	
sequence_length
@jK
/layers.25.attn_2081/out/
-)

batch_size
	
sequence_length
@jK
/layers.25.attn_2082/out/
-)

batch_size
	
sequence_length
@jK
/layers.25.attn_2083/out/
-)

batch_size

sequence_length
 jK
/layers.25.attn_2084/out/
-)

batch_size

sequence_length
 jK
/layers.25.attn_2085/out/
-)

batch_size

sequence_length
 jK
/layers.25.attn_2086/out/
-)

batch_size

sequence_length
@jK
/layers.25.attn_2087/out/
-)

batch_size

sequence_length
@jK
/layers.25.attn_2088/out/
-)

batch_size

sequence_length
@jK
/layers.25.attn_2089/out/
-)

batch_size

sequence_length
@jK
/layers.25.attn_2092/out/
-)

batch_size
	
sequence_length
@jM
/layers.25.attn_2093/out1
/+

batch_size

3*sequence_length
@jQ
/layers.25.attn_2094/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.25.attn_2095/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.25.attn_2096/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.25.attn_2097/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.25.attn_2098/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.25.attn_2099/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.25.attn_2100/out1
/+

batch_size

3*sequence_length
@jK
/layers.25.attn_2101/out/
-)

batch_size
	
sequence_length
@jK
/layers.25.attn_2102/out/
-)

batch_size
sequence_length
	
@jH
/layers.25.attn_2103/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.25.self_attn.o_proj.scales_2104/out
	
À
jI
6/model.layers.25.self_attn.o_proj.block_min_t_2105/out
	

ÀjZ
*/model.layers.25.self_attn.o_proj_2106/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2107/out/
-)

batch_size
sequence_length

 jC
/block_sums_2108/out+
)%

batch_size
sequence_length
jZ
*/model.layers.25.self_attn.o_proj_2109/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.25.self_attn.o_proj_2110/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.25_2111/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.25.post_attention_layernorm_2112/out,
*&

batch_size
sequence_length
Àja
2/model.layers.25.post_attention_layernorm_2113/out+
)%

batch_size
sequence_length
ja
2/model.layers.25.post_attention_layernorm_2114/out+
)%

batch_size
sequence_length
ja
2/model.layers.25.post_attention_layernorm_2115/out+
)%

batch_size
sequence_length
jb
2/model.layers.25.post_attention_layernorm_2116/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.25.post_attention_layernorm_2117/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.25.mlp.gate_up_proj.scales_2118/out
	
€
jI
6/model.layers.25.mlp.gate_up_proj.block_min_t_2119/out
	

€jZ
*/model.layers.25.mlp.gate_up_proj_2120/out,
*&

batch_size
sequence_length
€jG
/block_sums_2121/out/
-)

batch_size
sequence_length

 jC
/block_sums_2122/out+
)%

batch_size
sequence_length
jZ
*/model.layers.25.mlp.gate_up_proj_2123/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.25.mlp.gate_up_proj_2124/out,
*&

batch_size
sequence_length
€jN
/model.layers.25.mlp_2125/out0,
*&

batch_size
sequence_length
€jN
/model.layers.25.mlp_2125/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_2126/out,
*&

batch_size
sequence_length
€j>
/silu_2127/out,
*&

batch_size
sequence_length
€jM
/model.layers.25.mlp_2128/out,
*&

batch_size
sequence_length
€jA
./model.layers.25.mlp.down_proj.scales_2129/out
	
À
0jF
3/model.layers.25.mlp.down_proj.block_min_t_2130/out
	
0
ÀjW
'/model.layers.25.mlp.down_proj_2131/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2132/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_2133/out+
)%

batch_size
sequence_length
0jW
'/model.layers.25.mlp.down_proj_2134/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.25.mlp.down_proj_2135/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.25_2136/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.26.input_layernorm_2137/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.26.input_layernorm_2138/out+
)%

batch_size
sequence_length
jX
)/model.layers.26.input_layernorm_2139/out+
)%

batch_size
sequence_length
jX
)/model.layers.26.input_layernorm_2140/out+
)%

batch_size
sequence_length
jY
)/model.layers.26.input_layernorm_2141/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.26.input_layernorm_2142/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.26.self_attn.qkv_proj.scales_2143/out
	
À
jK
8/model.layers.26.self_attn.qkv_proj.block_min_t_2144/out
	

Àj\
,/model.layers.26.self_attn.qkv_proj_2145/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2146/out/
-)

batch_size
sequence_length

 jC
/block_sums_2147/out+
)%

batch_size
sequence_length
j\
,/model.layers.26.self_attn.qkv_proj_2148/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.26.self_attn.qkv_proj_2149/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.26.self_attn_2150/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.26.self_attn_2150/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.26.self_attn_2150/out2,
*&

batch_size
sequence_length
ÀjK
/layers.26.attn_2151/out/
-)

batch_size
sequence_length
	
@jK
/layers.26.attn_2152/out/
-)

batch_size
	
sequence_length
@jK
/layers.26.attn_2153/out/
-)

batch_size
sequence_length

@jK
/layers.26.attn_2154/out/
-)

batch_size

sequence_length
@jK
/layers.26.attn_2155/out/
-)

batch_size
sequence_length

@jK
/layers.26.attn_2156/out/
-)

batch_size

sequence_length
@jK
/layers.26.attn_2157/out/
-)

batch_size
	
sequence_length
 jK
/layers.26.attn_2158/out/
-)

batch_size
	
sequence_length
 jK
/layers.26.attn_2159/out/
-)

batch_size
	
sequence_length
 jK
/layers.26.attn_2160/out/
-)

batch_size
	
sequence_length
@jK
/layers.26.attn_2161/out/
-)

batch_size
	
sequence_length
@jK
/layers.26.attn_2162/out/
-)

batch_size
	
sequence_length
@jK
/layers.26.attn_2163/out/
-)

batch_size
	
sequence_length
@jK
/layers.26.attn_2164/out/
-)

batch_size

sequence_length
 jK
/layers.26.attn_2165/out/
-)

batch_size

sequence_length
 jK
/layers.26.attn_2166/out/
-)

batch_size

sequence_length
 jK
/layers.26.attn_2167/out/
-)

batch_size

sequence_length
@jK
/layers.26.attn_2168/out/
-)

batch_size

sequence_length
@jK
/layers.26.attn_2169/out/
-)

batch_size

sequence_length
@jK
/layers.26.attn_2170/out/
-)

batch_size

sequence_length
@jK
/layers.26.attn_2173/out/
-)

batch_size
	
sequence_length
@jM
/layers.26.attn_2174/out1
/+

batch_size

3*sequence_length
@jQ
/layers.26.attn_2175/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.26.attn_2176/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.26.attn_2177/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.26.attn_2178/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.26.attn_2179/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.26.attn_2180/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.26.attn_2181/out1
/+

batch_size

3*sequence_length
@jK
/layers.26.attn_2182/out/
-)

batch_size
	
sequence_length
@jK
/layers.26.attn_2183/out/
-)

batch_size
sequence_length
	
@jH
/layers.26.attn_2184/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.26.self_attn.o_proj.scales_2185/out
	
À
jI
6/model.layers.26.self_attn.o_proj.block_min_t_2186/out
	

ÀjZ
*/model.layers.26.self_attn.o_proj_2187/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2188/out/
-)

batch_size
sequence_length

 jC
/block_sums_2189/out+
)%

batch_size
sequence_length
jZ
*/model.layers.26.self_attn.o_proj_2190/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.26.self_attn.o_proj_2191/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.26_2192/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.26.post_attention_layernorm_2193/out,
*&

batch_size
sequence_length
Àja
2/model.layers.26.post_attention_layernorm_2194/out+
)%

batch_size
sequence_length
ja
2/model.layers.26.post_attention_layernorm_2195/out+
)%

batch_size
sequence_length
ja
2/model.layers.26.post_attention_layernorm_2196/out+
)%

batch_size
sequence_length
jb
2/model.layers.26.post_attention_layernorm_2197/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.26.post_attention_layernorm_2198/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.26.mlp.gate_up_proj.scales_2199/out
	
€
jI
6/model.layers.26.mlp.gate_up_proj.block_min_t_2200/out
	

€jZ
*/model.layers.26.mlp.gate_up_proj_2201/out,
*&

batch_size
sequence_length
€jG
/block_sums_2202/out/
-)

batch_size
sequence_length

 jC
/block_sums_2203/out+
)%

batch_size
sequence_length
jZ
*/model.layers.26.mlp.gate_up_proj_2204/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.26.mlp.gate_up_proj_2205/out,
*&

batch_size
sequence_length
€jN
/model.layers.26.mlp_2206/out0,
*&

batch_size
sequence_length
€jN
/model.layers.26.mlp_2206/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_2207/out,
*&

batch_size
sequence_length
€j>
/silu_2208/out,
*&

batch_size
sequence_length
€jM
/model.layers.26.mlp_2209/out,
*&

batch_size
sequence_length
€jA
./model.layers.26.mlp.down_proj.scales_2210/out
	
À
0jF
3/model.layers.26.mlp.down_proj.block_min_t_2211/out
	
0
ÀjW
'/model.layers.26.mlp.down_proj_2212/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2213/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_2214/out+
)%

batch_size
sequence_length
0jW
'/model.layers.26.mlp.down_proj_2215/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.26.mlp.down_proj_2216/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.26_2217/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.27.input_layernorm_2218/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.27.input_layernorm_2219/out+
)%

batch_size
sequence_length
jX
)/model.layers.27.input_layernorm_2220/out+
)%

batch_size
sequence_length
jX
)/model.layers.27.input_layernorm_2221/out+
)%

batch_size
sequence_length
jY
)/model.layers.27.input_layernorm_2222/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.27.input_layernorm_2223/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.27.self_attn.qkv_proj.scales_2224/out
	
À
jK
8/model.layers.27.self_attn.qkv_proj.block_min_t_2225/out
	

Àj\
,/model.layers.27.self_attn.qkv_proj_2226/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2227/out/
-)

batch_size
sequence_length

 jC
/block_sums_2228/out+
)%

batch_size
sequence_length
j\
,/model.layers.27.self_attn.qkv_proj_2229/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.27.self_attn.qkv_proj_2230/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.27.self_attn_2231/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.27.self_attn_2231/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.27.self_attn_2231/out2,
*&

batch_size
sequence_length
ÀjK
/layers.27.attn_2232/out/
-)

batch_size
sequence_length
	
@jK
/layers.27.attn_2233/out/
-)

batch_size
	
sequence_length
@jK
/layers.27.attn_2234/out/
-)

batch_size
sequence_length

@jK
/layers.27.attn_2235/out/
-)

batch_size

sequence_length
@jK
/layers.27.attn_2236/out/
-)

batch_size
sequence_length

@jK
/layers.27.attn_2237/out/
-)

batch_size

sequence_length
@jK
/layers.27.attn_2238/out/
-)

batch_size
	
sequence_length
 jK
/layers.27.attn_2239/out/
-)

batch_size
	
sequence_length
 jK
/layers.27.attn_2240/out/
-)

batch_size
	
sequence_length
 jK
/layers.27.attn_2241/out/
-)

batch_size
	
sequence_length
@jK
/layers.27.attn_2242/out/
-)

batch_size
	
sequence_length
@jK
/layers.27.attn_2243/out/
-)

batch_size
	
sequence_length
@jK
/layers.27.attn_2244/out/
-)

batch_size
	
sequence_length
@jK
/layers.27.attn_2245/out/
-)

batch_size

sequence_length
 jK
/layers.27.attn_2246/out/
-)

batch_size

sequence_length
 jK
/layers.27.attn_2247/out/
-)

batch_size

sequence_length
 jK
/layers.27.attn_2248/out/
-)

batch_size

sequence_length
@jK
/layers.27.attn_2249/out/
-)

batch_size

sequence_length
@jK
/layers.27.attn_2250/out/
-)

batch_size

sequence_length
@jK
/layers.27.attn_2251/out/
-)

batch_size

sequence_length
@jK
/layers.27.attn_2254/out/
-)

batch_size
	
sequence_length
@jM
/layers.27.attn_2255/out1
/+

batch_size

3*sequence_length
@jQ
/layers.27.attn_2256/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.27.attn_2257/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.27.attn_2258/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.27.attn_2259/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.27.attn_2260/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.27.attn_2261/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.27.attn_2262/out1
/+

batch_size

3*sequence_length
@jK
/layers.27.attn_2263/out/
-)

batch_size
	
sequence_length
@jK
/layers.27.attn_2264/out/
-)

batch_size
sequence_length
	
@jH
/layers.27.attn_2265/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.27.self_attn.o_proj.scales_2266/out
	
À
jI
6/model.layers.27.self_attn.o_proj.block_min_t_2267/out
	

ÀjZ
*/model.layers.27.self_attn.o_proj_2268/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2269/out/
-)

batch_size
sequence_length

 jC
/block_sums_2270/out+
)%

batch_size
sequence_length
jZ
*/model.layers.27.self_attn.o_proj_2271/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.27.self_attn.o_proj_2272/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.27_2273/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.27.post_attention_layernorm_2274/out,
*&

batch_size
sequence_length
Àja
2/model.layers.27.post_attention_layernorm_2275/out+
)%

batch_size
sequence_length
ja
2/model.layers.27.post_attention_layernorm_2276/out+
)%

batch_size
sequence_length
ja
2/model.layers.27.post_attention_layernorm_2277/out+
)%

batch_size
sequence_length
jb
2/model.layers.27.post_attention_layernorm_2278/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.27.post_attention_layernorm_2279/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.27.mlp.gate_up_proj.scales_2280/out
	
€
jI
6/model.layers.27.mlp.gate_up_proj.block_min_t_2281/out
	

€jZ
*/model.layers.27.mlp.gate_up_proj_2282/out,
*&

batch_size
sequence_length
€jG
/block_sums_2283/out/
-)

batch_size
sequence_length

 jC
/block_sums_2284/out+
)%

batch_size
sequence_length
jZ
*/model.layers.27.mlp.gate_up_proj_2285/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.27.mlp.gate_up_proj_2286/out,
*&

batch_size
sequence_length
€jN
/model.layers.27.mlp_2287/out0,
*&

batch_size
sequence_length
€jN
/model.layers.27.mlp_2287/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_2288/out,
*&

batch_size
sequence_length
€j>
/silu_2289/out,
*&

batch_size
sequence_length
€jM
/model.layers.27.mlp_2290/out,
*&

batch_size
sequence_length
€jA
./model.layers.27.mlp.down_proj.scales_2291/out
	
À
0jF
3/model.layers.27.mlp.down_proj.block_min_t_2292/out
	
0
ÀjW
'/model.layers.27.mlp.down_proj_2293/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2294/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_2295/out+
)%

batch_size
sequence_length
0jW
'/model.layers.27.mlp.down_proj_2296/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.27.mlp.down_proj_2297/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.27_2298/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.28.input_layernorm_2299/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.28.input_layernorm_2300/out+
)%

batch_size
sequence_length
jX
)/model.layers.28.input_layernorm_2301/out+
)%

batch_size
sequence_length
jX
)/model.layers.28.input_layernorm_2302/out+
)%

batch_size
sequence_length
jY
)/model.layers.28.input_layernorm_2303/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.28.input_layernorm_2304/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.28.self_attn.qkv_proj.scales_2305/out
	
À
jK
8/model.layers.28.self_attn.qkv_proj.block_min_t_2306/out
	

Àj\
,/model.layers.28.self_attn.qkv_proj_2307/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2308/out/
-)

batch_size
sequence_length

 jC
/block_sums_2309/out+
)%

batch_size
sequence_length
j\
,/model.layers.28.self_attn.qkv_proj_2310/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.28.self_attn.qkv_proj_2311/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.28.self_attn_2312/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.28.self_attn_2312/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.28.self_attn_2312/out2,
*&

batch_size
sequence_length
ÀjK
/layers.28.attn_2313/out/
-)

batch_size
sequence_length
	
@jK
/layers.28.attn_2314/out/
-)

batch_size
	
sequence_length
@jK
/layers.28.attn_2315/out/
-)

batch_size
sequence_length

@jK
/layers.28.attn_2316/out/
-)

batch_size

sequence_length
@jK
/layers.28.attn_2317/out/
-)

batch_size
sequence_length

@jK
/layers.28.attn_2318/out/
-)

batch_size

sequence_length
@jK
/layers.28.attn_2319/out/
-)

batch_size
	
sequence_length
 jK
/layers.28.attn_2320/out/
-)

batch_size
	
sequence_length
 jK
/layers.28.attn_2321/out/
-)

batch_size
	
sequence_length
 jK
/layers.28.attn_2322/out/
-)

batch_size
	
sequence_length
@jK
/layers.28.attn_2323/out/
-)

batch_size
	
sequence_length
@jK
/layers.28.attn_2324/out/
-)

batch_size
	
sequence_length
@jK
/layers.28.attn_2325/out/
-)

batch_size
	
sequence_length
@jK
/layers.28.attn_2326/out/
-)

batch_size

sequence_length
 jK
/layers.28.attn_2327/out/
-)

batch_size

sequence_length
 jK
/layers.28.attn_2328/out/
-)

batch_size

sequence_length
 jK
/layers.28.attn_2329/out/
-)

batch_size

sequence_length
@jK
/layers.28.attn_2330/out/
-)

batch_size

sequence_length
@jK
/layers.28.attn_2331/out/
-)

batch_size

sequence_length
@jK
/layers.28.attn_2332/out/
-)

batch_size

sequence_length
@jK
/layers.28.attn_2335/out/
-)

batch_size
	
sequence_length
@jM
/layers.28.attn_2336/out1
/+

batch_size

3*sequence_length
@jQ
/layers.28.attn_2337/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.28.attn_2338/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.28.attn_2339/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.28.attn_2340/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.28.attn_2341/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.28.attn_2342/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.28.attn_2343/out1
/+

batch_size

3*sequence_length
@jK
/layers.28.attn_2344/out/
-)

batch_size
	
sequence_length
@jK
/layers.28.attn_2345/out/
-)

batch_size
sequence_length
	
@jH
/layers.28.attn_2346/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.28.self_attn.o_proj.scales_2347/out
	
À
jI
6/model.layers.28.self_attn.o_proj.block_min_t_2348/out
	

ÀjZ
*/model.layers.28.self_attn.o_proj_2349/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2350/out/
-)

batch_size
sequence_length

 jC
/block_sums_2351/out+
)%

batch_size
sequence_length
jZ
*/model.layers.28.self_attn.o_proj_2352/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.28.self_attn.o_proj_2353/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.28_2354/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.28.post_attention_layernorm_2355/out,
*&

batch_size
sequence_length
Àja
2/model.layers.28.post_attention_layernorm_2356/out+
)%

batch_size
sequence_length
ja
2/model.layers.28.post_attention_layernorm_2357/out+
)%

batch_size
sequence_length
ja
2/model.layers.28.post_attention_layernorm_2358/out+
)%

batch_size
sequence_length
jb
2/model.layers.28.post_attention_layernorm_2359/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.28.post_attention_layernorm_2360/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.28.mlp.gate_up_proj.scales_2361/out
	
€
jI
6/model.layers.28.mlp.gate_up_proj.block_min_t_2362/out
	

€jZ
*/model.layers.28.mlp.gate_up_proj_2363/out,
*&

batch_size
sequence_length
€jG
/block_sums_2364/out/
-)

batch_size
sequence_length

 jC
/block_sums_2365/out+
)%

batch_size
sequence_length
jZ
*/model.layers.28.mlp.gate_up_proj_2366/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.28.mlp.gate_up_proj_2367/out,
*&

batch_size
sequence_length
€jN
/model.layers.28.mlp_2368/out0,
*&

batch_size
sequence_length
€jN
/model.layers.28.mlp_2368/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_2369/out,
*&

batch_size
sequence_length
€j>
/silu_2370/out,
*&

batch_size
sequence_length
€jM
/model.layers.28.mlp_2371/out,
*&

batch_size
sequence_length
€jA
./model.layers.28.mlp.down_proj.scales_2372/out
	
À
0jF
3/model.layers.28.mlp.down_proj.block_min_t_2373/out
	
0
ÀjW
'/model.layers.28.mlp.down_proj_2374/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2375/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_2376/out+
)%

batch_size
sequence_length
0jW
'/model.layers.28.mlp.down_proj_2377/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.28.mlp.down_proj_2378/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.28_2379/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.29.input_layernorm_2380/out,
*&

batch_size
sequence_length
ÀjX
)/model.layers.29.input_layernorm_2381/out+
)%

batch_size
sequence_length
jX
)/model.layers.29.input_layernorm_2382/out+
)%

batch_size
sequence_length
jX
)/model.layers.29.input_layernorm_2383/out+
)%

batch_size
sequence_length
jY
)/model.layers.29.input_layernorm_2384/out,
*&

batch_size
sequence_length
ÀjY
)/model.layers.29.input_layernorm_2385/out,
*&

batch_size
sequence_length
ÀjF
3/model.layers.29.self_attn.qkv_proj.scales_2386/out
	
À
jK
8/model.layers.29.self_attn.qkv_proj.block_min_t_2387/out
	

Àj\
,/model.layers.29.self_attn.qkv_proj_2388/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2389/out/
-)

batch_size
sequence_length

 jC
/block_sums_2390/out+
)%

batch_size
sequence_length
j\
,/model.layers.29.self_attn.qkv_proj_2391/out,
*&

batch_size
sequence_length
Àj\
,/model.layers.29.self_attn.qkv_proj_2392/out,
*&

batch_size
sequence_length
ÀjT
$/model.layers.29.self_attn_2393/out0,
*&

batch_size
sequence_length
ÀjT
$/model.layers.29.self_attn_2393/out1,
*&

batch_size
sequence_length
ÀjT
$/model.layers.29.self_attn_2393/out2,
*&

batch_size
sequence_length
ÀjK
/layers.29.attn_2394/out/
-)

batch_size
sequence_length
	
@jK
/layers.29.attn_2395/out/
-)

batch_size
	
sequence_length
@jK
/layers.29.attn_2396/out/
-)

batch_size
sequence_length

@jK
/layers.29.attn_2397/out/
-)

batch_size

sequence_length
@jK
/layers.29.attn_2398/out/
-)

batch_size
sequence_length

@jK
/layers.29.attn_2399/out/
-)

batch_size

sequence_length
@jK
/layers.29.attn_2400/out/
-)

batch_size
	
sequence_length
 jK
/layers.29.attn_2401/out/
-)

batch_size
	
sequence_length
 jK
/layers.29.attn_2402/out/
-)

batch_size
	
sequence_length
 jK
/layers.29.attn_2403/out/
-)

batch_size
	
sequence_length
@jK
/layers.29.attn_2404/out/
-)

batch_size
	
sequence_length
@jK
/layers.29.attn_2405/out/
-)

batch_size
	
sequence_length
@jK
/layers.29.attn_2406/out/
-)

batch_size
	
sequence_length
@jK
/layers.29.attn_2407/out/
-)

batch_size

sequence_length
 jK
/layers.29.attn_2408/out/
-)

batch_size

sequence_length
 jK
/layers.29.attn_2409/out/
-)

batch_size

sequence_length
 jK
/layers.29.attn_2410/out/
-)

batch_size

sequence_length
@jK
/layers.29.attn_2411/out/
-)

batch_size

sequence_length
@jK
/layers.29.attn_2412/out/
-)

batch_size

sequence_length
@jK
/layers.29.attn_2413/out/
-)

batch_size

sequence_length
@jK
/layers.29.attn_2416/out/
-)

batch_size
	
sequence_length
@jM
/layers.29.attn_2417/out1
/+

batch_size

3*sequence_length
@jQ
/layers.29.attn_2418/out5
3/

batch_size

@
total_sequence_lengthjb
/layers.29.attn_2419/outF
D@

batch_size

3*sequence_length
total_sequence_lengthj`
/layers.29.attn_2420/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.29.attn_2421/outD
B>

batch_size
	
sequence_length
total_sequence_lengthj`
/layers.29.attn_2422/outD
B>

batch_size
	
sequence_length
total_sequence_lengthjb
/layers.29.attn_2423/outF
D@

batch_size

3*sequence_length
total_sequence_lengthjM
/layers.29.attn_2424/out1
/+

batch_size

3*sequence_length
@jK
/layers.29.attn_2425/out/
-)

batch_size
	
sequence_length
@jK
/layers.29.attn_2426/out/
-)

batch_size
sequence_length
	
@jH
/layers.29.attn_2427/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.29.self_attn.o_proj.scales_2428/out
	
À
jI
6/model.layers.29.self_attn.o_proj.block_min_t_2429/out
	

ÀjZ
*/model.layers.29.self_attn.o_proj_2430/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2431/out/
-)

batch_size
sequence_length

 jC
/block_sums_2432/out+
)%

batch_size
sequence_length
jZ
*/model.layers.29.self_attn.o_proj_2433/out,
*&

batch_size
sequence_length
ÀjZ
*/model.layers.29.self_attn.o_proj_2434/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.29_2435/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.29.post_attention_layernorm_2436/out,
*&

batch_size
sequence_length
Àja
2/model.layers.29.post_attention_layernorm_2437/out+
)%

batch_size
sequence_length
ja
2/model.layers.29.post_attention_layernorm_2438/out+
)%

batch_size
sequence_length
ja
2/model.layers.29.post_attention_layernorm_2439/out+
)%

batch_size
sequence_length
jb
2/model.layers.29.post_attention_layernorm_2440/out,
*&

batch_size
sequence_length
Àjb
2/model.layers.29.post_attention_layernorm_2441/out,
*&

batch_size
sequence_length
ÀjD
1/model.layers.29.mlp.gate_up_proj.scales_2442/out
	
€
jI
6/model.layers.29.mlp.gate_up_proj.block_min_t_2443/out
	

€jZ
*/model.layers.29.mlp.gate_up_proj_2444/out,
*&

batch_size
sequence_length
€jG
/block_sums_2445/out/
-)

batch_size
sequence_length

 jC
/block_sums_2446/out+
)%

batch_size
sequence_length
jZ
*/model.layers.29.mlp.gate_up_proj_2447/out,
*&

batch_size
sequence_length
€jZ
*/model.layers.29.mlp.gate_up_proj_2448/out,
*&

batch_size
sequence_length
€jN
/model.layers.29.mlp_2449/out0,
*&

batch_size
sequence_length
€jN
/model.layers.29.mlp_2449/out1,
*&

batch_size
sequence_length
€jA
/Sigmoid_2450/out,
*&

batch_size
sequence_length
€j>
/silu_2451/out,
*&

batch_size
sequence_length
€jM
/model.layers.29.mlp_2452/out,
*&

batch_size
sequence_length
€jA
./model.layers.29.mlp.down_proj.scales_2453/out
	
À
0jF
3/model.layers.29.mlp.down_proj.block_min_t_2454/out
	
0
ÀjW
'/model.layers.29.mlp.down_proj_2455/out,
*&

batch_size
sequence_length
ÀjG
/block_sums_2456/out/
-)

batch_size
sequence_length
0
 jC
/block_sums_2457/out+
)%

batch_size
sequence_length
0jW
'/model.layers.29.mlp.down_proj_2458/out,
*&

batch_size
sequence_length
ÀjW
'/model.layers.29.mlp.down_proj_2459/out,
*&

batch_size
sequence_length
ÀjI
/model.layers.29_2460/out,
*&

batch_size
sequence_length
ÀjD
/model.norm_2461/out,
*&

batch_size
sequence_length
ÀjC
/model.norm_2462/out+
)%

batch_size
sequence_length
jC
/model.norm_2463/out+
)%

batch_size
sequence_length
jC
/model.norm_2464/out+
)%

batch_size
sequence_length
jD
/model.norm_2465/out,
*&

batch_size
sequence_length
ÀjD
/model.norm_2466/out,
*&

batch_size
sequence_length
ÀjM
/model.embed_tokens_2467/out-
+'

batch_size
sequence_length
€€